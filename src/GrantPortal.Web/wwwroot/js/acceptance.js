// 验收材料: live character count of the reports (whitespace not counted, as on the server), and the debarment years
// proposed for the chosen termination ground.
(function () {
    'use strict';
    function characters(text) {
        var count = 0;
        for (var ch of text) {
            if (!/\s/u.test(ch) && !/\p{Cc}/u.test(ch)) { count++; }
        }
        return count;
    }
    document.querySelectorAll('textarea.report').forEach(function (area) {
        var counter = document.querySelector('.char-count[data-for="' + area.id + '"]');
        if (!counter) { return; }
        area.addEventListener('input', function () { counter.textContent = String(characters(area.value)); });
    });
    var ground = document.getElementById('Ground');
    var years = document.getElementById('Years');
    if (ground && years) {
        ground.addEventListener('change', function () {
            var proposed = ground.getAttribute('data-years-' + ground.value.toLowerCase());
            if (proposed) { years.value = proposed; }
        });
    }
})();
