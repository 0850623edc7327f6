/*
 * The product page's photo gallery: a thumbnail link shows its photo in the large frame instead of
 * opening it (without this script it opens the photo). The frame's text says which photo it is,
 * and the chosen thumbnail is marked with aria-current.
 */
(function () {
    'use strict';

    document.querySelectorAll('a[data-gallery-main]').forEach(function (thumbnail, index, all) {
        thumbnail.addEventListener('click', function (event) {
            var main = document.getElementById(thumbnail.dataset.galleryMain);
            if (!main) {
                return;
            }
            event.preventDefault();
            main.src = thumbnail.href;
            main.alt = thumbnail.dataset.alt;
            all.forEach(function (other) {
                other.setAttribute('aria-current', other === thumbnail ? 'true' : 'false');
            });
        });
    });
}());
