using System.Globalization;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Reviews.Ranking;

/// <summary>
/// Where an application sits in the call's tree for ranking and allocation.
/// <list type="bullet">
/// <item>It is ranked in its <see cref="RankingNode"/>: the sub-type it chose when the applicable category has children
/// and exactly one was chosen (Hunan 2022 3-1 → 3-1-1 青年科技论坛 …; Xinjiang XXJL-2025 → its three levels), otherwise
/// the applicable category itself (a category without sub-types, or a combinable one where several were chosen, such as
/// Guangxi 2023-5).</item>
/// <item>It counts against the quota of every node in <see cref="CountedNodes"/>: each chosen sub-type, the applicable
/// category and all its ancestors.</item>
/// <item>Its amount is charged to the cap of every node in <see cref="ChargedNodes"/>: the chosen sub-type (single
/// choice only: a combined application's amount is not split between its sub-types), the applicable category and all
/// its ancestors (Hunan 2022: 3-1-2 → 3-1 (80万) → 3 (310万)).</item>
/// </list>
/// </summary>
public sealed class CandidatePlacement
{
    private CandidatePlacement(GrantCategory applicable, GrantCategory rankingNode, IReadOnlyList<GrantCategory> subtypes)
    {
        Applicable = applicable;
        RankingNode = rankingNode;
        Subtypes = subtypes;
        var ancestors = new[] { applicable }.Concat(applicable.Ancestors()).ToList();
        CountedNodes = subtypes.Concat(ancestors).ToList();
        ChargedNodes = (subtypes.Count == 1 ? subtypes : []).Concat(ancestors).ToList();
        Rules = subtypes.Count == 0 ? [applicable.EffectiveAmountRule] : subtypes.Select(s => s.EffectiveAmountRule).ToList();
    }

    public GrantCategory Applicable { get; }
    public GrantCategory RankingNode { get; }
    /// <summary>The sub-types (children of the applicable category) the application chose.</summary>
    public IReadOnlyList<GrantCategory> Subtypes { get; }
    public IReadOnlyList<GrantCategory> CountedNodes { get; }
    public IReadOnlyList<GrantCategory> ChargedNodes { get; }
    /// <summary>The amount rule of each chosen sub-type (or the category's own when none was chosen); null entries inherit nothing.</summary>
    public IReadOnlyList<AmountRule?> Rules { get; }

    private bool Unbounded => Rules.Any(r => r is null || r.Kind == AmountRuleKind.NotPublished);

    public static CandidatePlacement For(GrantCategory applicable, IReadOnlyCollection<string> subtypeCodes)
    {
        ArgumentNullException.ThrowIfNull(applicable);
        ArgumentNullException.ThrowIfNull(subtypeCodes);
        var subtypes = applicable.Children.Where(c => subtypeCodes.Contains(c.Code)).OrderBy(c => c.SortOrder).ToList();
        return new CandidatePlacement(applicable, subtypes.Count == 1 ? subtypes[0] : applicable, subtypes);
    }

    /// <summary>
    /// 建议资助金额: the reviewers' mean suggested amount (else the requested amount), never more than was requested,
    /// clamped into the amount rule: a fixed rule gives its amount; a conditional rule the requested amount when it is
    /// one the rule can give (checked at submission), else the amount for no declared fact; a range clamps into
    /// min–max; several combined sub-types clamp into the sum of their minimums – maximums. With no published amount the
    /// figure is taken as it is. Null when there is nothing to go by.
    /// </summary>
    public decimal? Propose(decimal? meanSuggested, decimal? requested)
    {
        if (Rules.Count == 1 && Rules[0] is { Kind: AmountRuleKind.Fixed } fixedRule)
        {
            return fixedRule.Min;
        }
        if (Rules.Count == 1 && Rules[0] is { Kind: AmountRuleKind.Conditional } conditional)
        {
            return requested is { } asked && PossibleAmounts(conditional).Contains(asked) ? asked : conditional.Otherwise;
        }
        var amount = meanSuggested ?? requested;
        if (amount is null)
        {
            return Unbounded ? null : Low;
        }
        if (requested is { } limit && limit > 0)
        {
            amount = Math.Min(amount.Value, limit);
        }
        if (!Unbounded)
        {
            amount = Math.Clamp(amount.Value, Low, High);
        }
        return Money.Round(amount.Value);
    }

    /// <summary>Why <paramref name="amount"/> is not an amount the rule allows (Chinese, with the figures), or null when it is.</summary>
    public string? AmountProblem(decimal amount)
    {
        if (amount <= 0 || !Money.HasAtMostTwoDecimals(amount))
        {
            return $"金额 {Yuan(amount)} 元必须大于零且最多两位小数";
        }
        if (Unbounded)
        {
            return null;
        }
        if (Rules.Count == 1 && Rules[0] is { Kind: AmountRuleKind.Fixed or AmountRuleKind.Conditional } rule)
        {
            var amounts = PossibleAmounts(rule);
            return amounts.Contains(amount) ? null : $"金额 {Yuan(amount)} 元不符合{RankingNode.Code}的额度规定（应为 {string.Join(" 或 ", amounts.Order().Select(Yuan))} 元）";
        }
        return amount >= Low && amount <= High ? null : $"金额 {Yuan(amount)} 元不在{RankingNode.Code}的额度 {Yuan(Low)}–{Yuan(High)} 元之内";
    }

    private decimal Low => Rules.Sum(r => r!.Min ?? 0m);

    private decimal High => Rules.Sum(r => r!.Max ?? 0m);

    private static HashSet<decimal> PossibleAmounts(AmountRule rule) =>
        rule.Kind == AmountRuleKind.Fixed
            ? [rule.Min ?? 0m]
            : rule.Options.Select(o => o.Amount).Append(rule.Otherwise ?? 0m).Where(a => a > 0).ToHashSet();

    internal static string Yuan(decimal yuan) => yuan.ToString("#,0.##", CultureInfo.InvariantCulture);
}
