/*
 * Suggestions as you type for the search boxes (WEB-INF/includes/search-box.xhtml): the ARIA 1.2
 * combobox pattern over GET /api/v1/products/suggest. Arrow keys move through the suggestions
 * (announced through aria-activedescendant), Enter searches for the chosen one, Escape closes the
 * list; the number of suggestions is announced in a status region. Without this script the box
 * is a plain search form.
 */
(function () {
    'use strict';

    document.querySelectorAll('input[data-suggest]').forEach(function (input) {
        var list = document.getElementById(input.getAttribute('aria-controls'));
        var status = document.getElementById(input.dataset.status);
        var suggestions = [];
        var active = -1;
        var timer = null;
        var pending = null;

        input.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(ask, 150);
        });
        input.addEventListener('keydown', function (event) {
            if (event.key === 'ArrowDown' && suggestions.length) {
                event.preventDefault();
                open();
                move(active + 1);
            } else if (event.key === 'ArrowUp' && suggestions.length) {
                event.preventDefault();
                open();
                move(active - 1);
            } else if (event.key === 'Enter' && isOpen() && active >= 0) {
                event.preventDefault();
                choose(suggestions[active]);
            } else if (event.key === 'Escape' && isOpen()) {
                event.preventDefault();
                close();
            }
        });
        input.addEventListener('blur', function () {
            close();
        });
        // A click on a suggestion must not take the focus (and close the list) first.
        list.addEventListener('mousedown', function (event) {
            event.preventDefault();
        });
        list.addEventListener('click', function (event) {
            var option = event.target.closest('[role="option"]');
            if (option) {
                choose(option.textContent);
            }
        });

        function ask() {
            var text = input.value.trim();
            if (text.length < 2) {
                show([]);
                return;
            }
            if (pending) {
                pending.abort();
            }
            pending = new AbortController();
            fetch(input.dataset.suggest + '?q=' + encodeURIComponent(text) + '&lang=' + encodeURIComponent(input.dataset.lang),
                {headers: {Accept: 'application/json'}, signal: pending.signal})
                .then(function (response) {
                    return response.ok ? response.json() : {suggestions: []};
                })
                .then(function (answer) {
                    show(answer.suggestions || []);
                })
                .catch(function () {
                    // Aborted by a newer request, or offline: the box still searches without suggestions.
                });
        }

        function show(found) {
            suggestions = found;
            active = -1;
            list.textContent = '';
            found.forEach(function (text, index) {
                var option = document.createElement('li');
                option.id = list.id + '-' + index;
                option.setAttribute('role', 'option');
                option.setAttribute('aria-selected', 'false');
                option.textContent = text;
                list.appendChild(option);
            });
            input.removeAttribute('aria-activedescendant');
            if (found.length && document.activeElement === input) {
                open();
            } else {
                close();
            }
            status.textContent = found.length ? input.dataset.announce.replace('{0}', found.length) : '';
        }

        function move(index) {
            var options = list.querySelectorAll('[role="option"]');
            active = (index + options.length) % options.length;
            options.forEach(function (option, i) {
                option.setAttribute('aria-selected', i === active ? 'true' : 'false');
            });
            input.setAttribute('aria-activedescendant', options[active].id);
            options[active].scrollIntoView({block: 'nearest'});
        }

        function choose(text) {
            input.value = text;
            close();
            input.form.submit();
        }

        function isOpen() {
            return !list.hidden;
        }

        function open() {
            list.hidden = false;
            input.setAttribute('aria-expanded', 'true');
        }

        function close() {
            list.hidden = true;
            active = -1;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
        }
    });
}());
