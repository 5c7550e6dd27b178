// Field editor: show only the settings that apply to the chosen field type. Without it every setting shows.
(function () {
    'use strict';
    var type = document.querySelector('[data-field-type]');
    if (!type) { return; }
    var update = function () {
        document.querySelectorAll('fieldset[data-types]').forEach(function (fieldset) {
            fieldset.hidden = fieldset.getAttribute('data-types').split(' ').indexOf(type.value) < 0;
        });
    };
    type.addEventListener('change', update);
    update();
})();
