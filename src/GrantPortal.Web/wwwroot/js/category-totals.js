// Running funding totals on the category edit page: quota × amount against the budget cap, as the user types.
// The same arithmetic as Areas/Staff/Categories/FundingTotals.cs; the texts come from data-* attributes.
(function () {
    "use strict";
    var output = document.getElementById("funding-totals");
    if (!output) { return; }
    var form = output.form || output.closest("form");
    var d = output.dataset;

    function num(value) {
        if (value === undefined || value === null || String(value).trim() === "") { return null; }
        var n = Number(value);
        return isFinite(n) ? n : null;
    }
    function field(id) { var el = document.getElementById(id); return el ? num(el.value) : null; }
    function choice(name) { var el = form.querySelector("input[name='" + name + "']:checked"); return el ? el.value : ""; }
    function yuan(y) {
        var cents = Math.round(y * 100);
        if (d.english === "true") {
            return "¥" + (cents % 100 === 0 ? (cents / 100).toLocaleString("en-US") : (cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
        }
        if (cents % 10000 === 0 && cents !== 0) {
            return String(Math.round(cents / 100) / 10000).replace(/(\.\d{2})\d+$/, "$1") + "万元";
        }
        return (cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + "元";
    }

    function quota() {
        switch (choice("QuotaKind")) {
            case "Exact": var q = field("QuotaExact"); return [q, q];
            case "Range": return [field("QuotaMin"), field("QuotaMax")];
            default: return [null, null];
        }
    }
    function amount() {
        switch (choice("AmountKind")) {
            case "Fixed": var a = field("AmountFixed"); return [a, a];
            case "Range": return [field("AmountMin"), field("AmountMax")];
            case "Conditional":
                var amounts = Array.prototype.map.call(form.querySelectorAll("input.option-amount"), function (el) { return num(el.value); })
                    .filter(function (v) { return v !== null; });
                var otherwise = field("AmountOtherwise");
                if (otherwise !== null) { amounts.push(otherwise); }
                return amounts.length ? [Math.min.apply(null, amounts), Math.max.apply(null, amounts)] : [null, null];
            case "NotPublished": return [null, null];
            default: return [num(d.inheritMin), num(d.inheritMax)];
        }
    }

    function update() {
        var q = quota(), a = amount(), cap = field("BudgetCap");
        var hasChildren = d.hasChildren === "true";
        var minimum = hasChildren
            ? Math.max(num(d.childrenMin) || 0, (q[0] || 0) * (num(d.leafMin) || 0))
            : (q[0] || 0) * (a[0] || 0);
        var maximum = hasChildren ? num(d.childrenMax) : (q[1] !== null && a[1] !== null ? q[1] * a[1] : null);
        var over = cap !== null && minimum > cap + 1e-9;
        var comparison = cap !== null ? " " + (over ? ">" : "≤") + " " + d.lCap + " " + yuan(cap) + " " + (over ? "✗" : "✓") : "";
        var text;
        if (!hasChildren && q[0] !== null && q[0] === q[1] && a[0] !== null && a[0] === a[1]) {
            text = q[0] + " × " + yuan(a[0]) + " = " + yuan(minimum) + comparison;
        } else {
            var min = hasChildren ? d.lMin + " " + yuan(minimum) : d.lMin + " " + (q[0] || 0) + " × " + yuan(a[0] || 0) + " = " + yuan(minimum);
            var max = maximum === null ? d.lUnbounded : hasChildren ? yuan(maximum) : q[1] + " × " + yuan(a[1] || 0) + " = " + yuan(maximum);
            text = min + comparison + d.lSep + d.lMax + " " + max;
        }
        output.textContent = text;
        output.classList.toggle("over", over);
    }

    form.addEventListener("input", update);
    form.addEventListener("change", update);
    update();
})();
