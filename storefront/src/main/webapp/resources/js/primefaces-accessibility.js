// Undoes what PrimeFaces' own markup and behaviour take from keyboard and screen reader users, on load
// and after every PrimeFaces ajax update that may render the controls again.
(function () {
    // The simple file upload renders its native <input type="file"> (visible and focusable, the only
    // control there is) with aria-hidden="true".
    function revealFileInputs() {
        document.querySelectorAll('input[type=file][aria-hidden="true"]').forEach(function (input) {
            input.removeAttribute('aria-hidden');
        });
    }

    // The dropdown (p:selectOneMenu) names its focusable part with aria-label and, once a choice is
    // made, rewrites that aria-label to the chosen value: a screen reader then announces "Fesyen,
    // combobox" instead of "Kategori". It is pointed at its visible <label> with aria-labelledby,
    // which takes precedence. A required field's asterisk stays out of names ("Kategori", not
    // "Kategori*"): the field says aria-required (PrimeFaces' own inputs do; the dropdown gets it here).
    function nameDropdowns() {
        document.querySelectorAll('.ui-outputlabel-rfi').forEach(function (asterisk) {
            asterisk.setAttribute('aria-hidden', 'true');
        });
        document.querySelectorAll('.ui-selectonemenu-label[role=combobox]').forEach(function (box) {
            var label = document.querySelector('label[for="' + box.id + '"]');
            if (!label || box.hasAttribute('aria-labelledby')) {
                return;
            }
            if (!label.id) {
                label.id = box.id + '-name';
            }
            box.setAttribute('aria-labelledby', label.id);
            if (label.querySelector('.ui-outputlabel-rfi')) {
                box.setAttribute('aria-required', 'true');
            }
        });
    }

    // A dropdown with an error shows it in red only; screen readers are told with aria-invalid.
    function markInvalidDropdowns() {
        document.querySelectorAll('.ui-selectonemenu').forEach(function (menu) {
            var box = menu.querySelector('[role=combobox]');
            if (!box) {
                return;
            }
            if (menu.classList.contains('ui-state-error')) {
                box.setAttribute('aria-invalid', 'true');
            } else {
                box.removeAttribute('aria-invalid');
            }
        });
    }

    function repair() {
        revealFileInputs();
        nameDropdowns();
        markInvalidDropdowns();
    }

    // Focus sent to a dropdown's hidden <select> (p:focus after a refused form does that) goes on to
    // the part a keyboard and a screen reader use.
    document.addEventListener('focusin', function (event) {
        if (event.target.matches && event.target.matches('.ui-helper-hidden-accessible select')) {
            var menu = event.target.closest('.ui-selectonemenu');
            var box = menu && menu.querySelector('[role=combobox]');
            if (box) {
                box.focus();
            }
        }
    });

    // In a form, Enter on a checkbox or radio button submits it with the form's first button, which on
    // some pages removes a line, records a consent or overwrites the marks just made. Space is how
    // these are changed; Enter does nothing on them. Caught on the way down, before the form's own
    // handlers see it. Not inside PrimeFaces widgets whose items Enter toggles (check box lists and
    // menus, table selection): there Enter is the widget's own key.
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' && event.target.matches && event.target.matches('input[type=checkbox], input[type=radio]')
                && !event.target.closest('.ui-selectmanycheckbox, .ui-selectcheckboxmenu-panel, .ui-datatable, .ui-treetable')) {
            event.preventDefault();
            event.stopPropagation();
        }
    }, true);

    function focusQuietly(element) {
        if (!element.hasAttribute('tabindex') && !element.matches('a[href], button, input, select, textarea')) {
            element.setAttribute('tabindex', '-1');
        }
        element.focus();
    }

    // The message an action left on the page (PrimeFaces' messages or the page's own), if any.
    function shownMessage() {
        var shown = document.querySelector('.ui-messages-info, .ui-messages-warn, .ui-messages-error, .page-message');
        return shown && (shown.closest('.ui-messages, .page-messages') || shown);
    }

    // PrimeFaces disables the pressed button while its request runs, and the browser then drops focus
    // to <body>: a keyboard or screen reader user loses their place after every such action. Once the
    // update is in, focus goes back to the control last focused (or the one now under its id), unless
    // the page moved it on purpose (p:focus, an oncomplete). If that control is gone, it goes to the
    // message the action left, or to the page's heading. Only for requests the user set off (a click or
    // a key just before): a poll's update must never move anyone's focus.
    var lastFocusedId = null;
    var lastActivation = 0;
    document.addEventListener('focusin', function (event) {
        if (event.target.id) {
            lastFocusedId = event.target.id;
        }
    });
    ['click', 'keydown'].forEach(function (type) {
        document.addEventListener(type, function () {
            lastActivation = Date.now();
        }, true);
    });

    function restoreFocus(id) {
        if (document.activeElement && document.activeElement !== document.body) {
            return;
        }
        var element = id && document.getElementById(id);
        if (!element || !element.getClientRects().length) {
            var target = shownMessage() || document.querySelector('main h1, h1');
            if (target) {
                focusQuietly(target);
            }
            return;
        }
        if (!element.disabled) {
            element.focus();
            return;
        }
        var observer = new MutationObserver(function () {
            if (!element.disabled) {
                observer.disconnect();
                if (document.activeElement === document.body) {
                    element.focus();
                }
            }
        });
        observer.observe(element, {attributes: true, attributeFilter: ['disabled']});
        setTimeout(function () {
            observer.disconnect();
        }, 3000);
    }

    // A form sent without Ajax (a consent, a search on the registry, a new cohort) comes back as a
    // new page with the focus at its top: a keyboard user would Tab through the whole header to
    // reach what the action said. Focus goes to that message, unless the page put it somewhere
    // (p:focus on a refused field).
    function focusPostbackMessage() {
        if (!document.body.classList.contains('postback')) {
            return;
        }
        setTimeout(function () {
            if (document.activeElement && document.activeElement !== document.body) {
                return;
            }
            var message = shownMessage();
            if (message) {
                focusQuietly(message);
            }
        }, 100);
    }

    function start() {
        repair();
        focusPostbackMessage();
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxSend', function (event, xhr) {
            if (xhr && Date.now() - lastActivation < 1000) {
                xhr.restoreFocusTo = lastFocusedId || '';
            }
        }).on('pfAjaxComplete', function (event, xhr) {
            repair();
            if (xhr && xhr.restoreFocusTo !== undefined) {
                var id = xhr.restoreFocusTo;
                setTimeout(function () {
                    restoreFocus(id);
                }, 0);
            }
        });
    }
})();
