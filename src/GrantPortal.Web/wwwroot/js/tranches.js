// Disbursement rows on the call rules page: shows the running sum of the percentages (rows ticked for removal left out),
// so staff see "合计 100%" before saving. The server checks the sum again on save.
(function () {
    'use strict';
    var table = document.getElementById('tranches');
    var sum = document.getElementById('tranche-sum');
    if (!table || !sum) { return; }

    function update() {
        var cents = 0;
        table.querySelectorAll('tbody tr').forEach(function (row) {
            var input = row.querySelector('input.percent');
            var remove = row.querySelector('input.remove');
            if (!input || (remove && remove.checked)) { return; }
            var text = input.value.trim().replace('，', '.').replace('％', '').replace('%', '');
            var value = Number(text);
            if (text !== '' && isFinite(value)) { cents += Math.round(value * 100); }
        });
        var total = cents / 100;
        sum.textContent = String(total);
        sum.classList.toggle('off', cents !== 10000 && cents !== 0);
    }

    table.addEventListener('input', update);
    table.addEventListener('change', update);
    update();
})();
