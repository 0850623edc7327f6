// Undoes what PrimeFaces' own markup hides from screen readers, on load and after every PrimeFaces
// ajax update that may render the controls again.
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

    function repair() {
        revealFileInputs();
        nameDropdowns();
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', repair);
    } else {
        repair();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', repair);
    }
})();
