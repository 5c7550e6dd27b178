// The score sheet (Areas/Review/Scoring): the weighted total as the expert types, and a confirmation before the final
// submission. The same arithmetic as ReviewFormContent.Total: Σ points ÷ max × weight, rounded to two decimals.
(function () {
    "use strict";
    var output = document.getElementById("score-total");
    if (!output) { return; }
    var form = output.closest("form");
    var inputs = Array.prototype.slice.call(form.querySelectorAll("input.points"));

    function update() {
        var total = 0;
        var complete = true;
        inputs.forEach(function (input) {
            var text = input.value.trim();
            var points = Number(text);
            var max = Number(input.dataset.max);
            if (text === "" || !isFinite(points) || points < 0 || points > max) { complete = false; return; }
            total += points * Number(input.dataset.weight) / max;
        });
        output.value = (complete ? "" : "≥ ") + (Math.round(total * 100) / 100).toFixed(2);
    }

    inputs.forEach(function (input) { input.addEventListener("input", update); });
    update();

    form.addEventListener("submit", function (event) {
        var button = event.submitter;
        if (button && button.dataset.confirm && !window.confirm(button.dataset.confirm)) {
            event.preventDefault();
        }
    });
}());
