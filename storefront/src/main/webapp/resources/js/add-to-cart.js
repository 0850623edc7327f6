/*
 * The product page's add-to-cart form, sent in the background: the page stays where it is, and the
 * status region below the form (role="status") announces what happened. Without this script the form
 * is posted and the page comes back with the same status.
 *
 * Not f:ajax: its inline onclick is refused by the page's Content-Security-Policy (scripts from this
 * site, or with the request's nonce), and PrimeFaces' script that would move it into a nonce'd one is
 * not on this page; loading PrimeFaces for one button cost phones 163 KB of JavaScript.
 */
(function () {
    'use strict';

    // PrimeFaces (CSP mode) refuses a background request that does not carry the page's nonce.
    var nonce = document.currentScript ? document.currentScript.nonce : '';

    // Listens on the document: the partial update replaces the form element itself.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (form.id !== 'add' || form.dataset.plainPost || typeof faces === 'undefined') {
            return;
        }
        event.preventDefault();
        var button = event.submitter || document.getElementById('add:add-to-cart');
        var focusedId = document.activeElement && document.activeElement.id;
        faces.ajax.request(button, event, {
            execute: 'add',
            render: 'add add-status cart-link',
            // The button's action runs for an "action" behaviour event (a submit event is not a click).
            params: {'jakarta.faces.behavior.event': 'action', 'primefaces.nonce': nonce},
            onevent: function (data) {
                // The update replaces the form: focus would fall to <body>, and a keyboard or screen
                // reader user would lose their place. It goes back to the control that had it.
                if (data.status === 'success' && focusedId && document.activeElement === document.body) {
                    var again = document.getElementById(focusedId);
                    if (again) {
                        again.focus();
                    }
                }
            },
            onerror: function (data) {
                // The action failed on the server (e.g. the database was busy) or the answer was an
                // HTTP error: nothing was added, and Faces would only log it to the console. Post the
                // form the plain way instead, so that the page comes back with its message.
                if (data.status === 'serverError' || data.status === 'httpError') {
                    form.dataset.plainPost = 'true';
                    form.requestSubmit(button);
                }
            }
        });
    });
}());
