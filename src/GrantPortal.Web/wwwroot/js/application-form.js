// Behaviour of Views/Shared/Forms/_ApplicationForm: character counters, table rows and totals, show-when conditions,
// file size checks. The form works without it; this only helps.
(function () {
    'use strict';

    // Razor always renders data-* attributes, empty when the field has no condition.
    var CONDITIONAL = '[data-show-when-field]:not([data-show-when-field=""])';

    function format(template, args) {
        return template.replace(/\{(\d+)\}/g, function (_, i) { return args[Number(i)]; });
    }

    function setupCounters(root) {
        root.querySelectorAll('[data-counter-for]').forEach(function (counter) {
            var input = document.getElementById(counter.getAttribute('data-counter-for'));
            if (!input) { return; }
            var template = counter.getAttribute('data-template');
            var update = function () {
                counter.textContent = format(template, [input.value.length, input.maxLength]);
            };
            input.addEventListener('input', update);
            update();
        });
    }

    function number(value) {
        var n = parseFloat(value);
        return isNaN(n) ? 0 : n;
    }

    function updateTotals(table) {
        table.querySelectorAll('[data-total-for]').forEach(function (output) {
            var column = output.getAttribute('data-total-for');
            var sum = 0;
            table.querySelectorAll('tbody [data-total-column="' + column + '"]').forEach(function (input) { sum += number(input.value); });
            output.textContent = output.getAttribute('data-money') === 'true'
                ? sum.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
                : String(Math.round(sum * 100) / 100);
        });
    }

    function renumber(table) {
        var rows = table.querySelectorAll('tbody tr[data-row]');
        var min = Number(table.getAttribute('data-min-rows') || 0);
        rows.forEach(function (row, index) {
            var cell = row.querySelector('.row-number');
            if (cell) { cell.textContent = String(index + 1); }
            var remove = row.querySelector('[data-remove-row]');
            if (remove) { remove.hidden = rows.length <= Math.max(min, 1); }
        });
    }

    function setupTables(root) {
        root.querySelectorAll('table[data-table]').forEach(function (table) {
            var container = table.closest('.table-field');
            var template = container.querySelector('template[data-row-template]');
            var add = container.querySelector('[data-add-row]');
            var max = Number(table.getAttribute('data-max-rows') || 0);
            var next = table.querySelectorAll('tbody tr[data-row]').length;
            var refresh = function () {
                renumber(table);
                updateTotals(table);
                if (add) { add.hidden = max > 0 && table.querySelectorAll('tbody tr[data-row]').length >= max; }
            };
            if (add && template) {
                add.addEventListener('click', function () {
                    var html = template.innerHTML.replace(/__row__/g, String(next++));
                    table.tBodies[0].insertAdjacentHTML('beforeend', html);
                    refresh();
                    table.dispatchEvent(new Event('change', { bubbles: true }));
                });
            }
            table.addEventListener('click', function (event) {
                var button = event.target.closest('[data-remove-row]');
                if (!button) { return; }
                button.closest('tr').remove();
                refresh();
                table.dispatchEvent(new Event('change', { bubbles: true }));
            });
            table.addEventListener('input', function () { updateTotals(table); });
            refresh();
        });
    }

    function valuesOf(root, name) {
        var values = [];
        root.querySelectorAll('[name="' + name + '"]').forEach(function (input) {
            if (input.disabled) { return; }
            if (input.type === 'radio' || input.type === 'checkbox') {
                if (input.checked) { values.push(input.value); }
            } else if (input.value !== '') {
                values.push(input.value);
            }
        });
        return values;
    }

    function applyConditions(root) {
        // Repeat so that a field hidden by a hidden field is hidden too (conditions may chain).
        var wrappers = root.querySelectorAll(CONDITIONAL);
        for (var pass = 0; pass < 3; pass++) {
            wrappers.forEach(function (wrapper) {
                var show = valuesOf(root, wrapper.getAttribute('data-show-when-field')).indexOf(wrapper.getAttribute('data-show-when-value')) >= 0;
                wrapper.hidden = !show;
                wrapper.querySelectorAll('input, textarea, select, button').forEach(function (input) { input.disabled = !show; });
            });
        }
    }

    function setupFiles(root) {
        root.querySelectorAll('input[type=file][data-max-mb]').forEach(function (input) {
            var max = Number(input.getAttribute('data-max-mb')) * 1024 * 1024;
            var error = input.parentElement.querySelector('[data-size-error]');
            input.addEventListener('change', function () {
                var tooLarge = Array.prototype.some.call(input.files || [], function (file) { return file.size > max; });
                input.setCustomValidity(tooLarge && error ? error.textContent : '');
                if (error) { error.hidden = !tooLarge; }
            });
        });
    }

    document.querySelectorAll('[data-application-form]').forEach(function (root) {
        setupCounters(root);
        setupTables(root);
        setupFiles(root);
        if (root.querySelector(CONDITIONAL)) {
            root.addEventListener('change', function () { applyConditions(root); });
            root.addEventListener('input', function () { applyConditions(root); });
            applyConditions(root);
        }
    });
})();
