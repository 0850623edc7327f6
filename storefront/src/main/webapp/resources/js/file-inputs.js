// PrimeFaces' simple file upload renders its native <input type="file"> (visible and focusable, the
// only control there is) with aria-hidden="true", which hides it from screen readers. Undo that on
// load and after every PrimeFaces ajax update that may render the input again.
(function () {
    function reveal() {
        document.querySelectorAll('input[type=file][aria-hidden="true"]').forEach(function (input) {
            input.removeAttribute('aria-hidden');
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', reveal);
    } else {
        reveal();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', reveal);
    }
})();
