using GrantPortal.Domain.Calls;
using GrantPortal.Web.Display;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Categories;

/// <summary>
/// The running total of a node's funding as typed: quota × amount against the budget cap ("3 × 7万元 = 21万元 ≤ 总额 21万元 ✓").
/// A node with children commits at least its children's minimum commitments. wwwroot/js/category-totals.js computes the
/// same while the user types; this is the server's version, shown before any script runs.
/// </summary>
public sealed record FundingTotals(int? QuotaMin, int? QuotaMax, decimal? AmountMin, decimal? AmountMax, decimal? Cap,
    bool HasChildren, decimal ChildrenMinimum, decimal? ChildrenMaximum, decimal LeafMinimum)
{
    public decimal Minimum => HasChildren
        ? Math.Max(ChildrenMinimum, (QuotaMin ?? 0) * LeafMinimum)
        : (QuotaMin ?? 0) * (AmountMin ?? 0);

    public decimal? Maximum => HasChildren
        ? ChildrenMaximum
        : QuotaMax is { } q && AmountMax is { } a ? q * a : null;

    public bool Over => Cap is { } cap && Minimum > cap;

    /// <summary>The totals for what the form holds, the inherited amount and the children taken from the saved node.</summary>
    public static FundingTotals Of(CategoryForm form, GrantCategory node)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(node);
        var (amountMin, amountMax) = AmountRange(form.ToAmountRule() ?? node.Parent?.EffectiveAmountRule);
        var quota = form.ToQuota();
        var leaves = node.SelfAndDescendants().Where(n => n.Children.Count == 0 && n != node).ToList();
        return new FundingTotals(quota.Min, quota.Max, amountMin, amountMax, form.BudgetCap,
            node.Children.Count > 0,
            node.Children.Sum(CallInvariants.MinimumCommitment),
            node.Children.Select(CallInvariants.MaximumCommitment).Aggregate((decimal?)0m, (sum, part) => sum is null || part is null ? null : sum + part),
            leaves.Count == 0 ? 0m : leaves.Min(n => n.EffectiveAmountRule is { Kind: not AmountRuleKind.NotPublished, Min: { } min } ? min : 0m));
    }

    public static (decimal? Min, decimal? Max) AmountRange(AmountRule? rule) =>
        rule is null or { Kind: AmountRuleKind.NotPublished } ? (null, null) : (rule.Min, rule.Max);

    public string Text(IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        var comparison = Cap is { } cap ? $" {(Over ? ">" : "≤")} {l["总额"]} {Format.Yuan(cap)} {(Over ? "✗" : "✓")}" : "";
        if (!HasChildren && QuotaMin is { } q && QuotaMin == QuotaMax && AmountMin is { } a && AmountMin == AmountMax)
        {
            return $"{q} × {Format.Yuan(a)} = {Format.Yuan(Minimum)}{comparison}";
        }
        var minimum = HasChildren
            ? $"{l["最低"]} {Format.Yuan(Minimum)}"
            : $"{l["最低"]} {QuotaMin ?? 0} × {Format.Yuan(AmountMin ?? 0)} = {Format.Yuan(Minimum)}";
        var maximum = Maximum is { } max
            ? HasChildren ? Format.Yuan(max) : $"{QuotaMax} × {Format.Yuan(AmountMax ?? 0)} = {Format.Yuan(max)}"
            : l["不限"].Value;
        return $"{minimum}{comparison}{l["；"]}{l["最高"]} {maximum}";
    }
}
