using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Calls;

/// <summary>经费额度: how much one project may receive.</summary>
public sealed record AmountRule
{
    public static readonly AmountRule NotPublished = new() { Kind = AmountRuleKind.NotPublished };

    public AmountRuleKind Kind { get; init; }
    /// <summary>Fixed: the amount. Range: the minimum. Conditional: the smallest possible amount.</summary>
    public decimal? Min { get; init; }
    /// <summary>Fixed: the amount. Range: the maximum. Conditional: the largest possible amount.</summary>
    public decimal? Max { get; init; }
    /// <summary>Conditional only, in priority order.</summary>
    public IReadOnlyList<AmountOption> Options { get; init; } = [];
    /// <summary>Conditional only: the amount when no option's fact is declared.</summary>
    public decimal? Otherwise { get; init; }
    public string? Note { get; init; }

    public static AmountRule Fixed(decimal amount, string? note = null) =>
        new() { Kind = AmountRuleKind.Fixed, Min = amount, Max = amount, Note = note };

    public static AmountRule Range(decimal min, decimal max, string? note = null) =>
        new() { Kind = AmountRuleKind.Range, Min = min, Max = max, Note = note };

    public static AmountRule Conditional(IReadOnlyList<AmountOption> options, decimal otherwise, string? note = null)
    {
        var amounts = options.Select(o => o.Amount).Append(otherwise).ToList();
        return new() { Kind = AmountRuleKind.Conditional, Options = options, Otherwise = otherwise, Min = amounts.Min(), Max = amounts.Max(), Note = note };
    }

    /// <summary>The amount a project gets given the facts its applicant declares; null when the rule leaves it to review or to the applicant (range).</summary>
    public decimal? AmountFor(IReadOnlySet<string> declaredFacts)
    {
        ArgumentNullException.ThrowIfNull(declaredFacts);
        return Kind switch
        {
            AmountRuleKind.Fixed => Min,
            AmountRuleKind.Range => null,
            // 002 notice, 2023-3: one sub-type per activity, amounts are not cumulative: the first matching option applies.
            AmountRuleKind.Conditional => Options.FirstOrDefault(o => declaredFacts.Contains(o.Fact))?.Amount ?? Otherwise,
            AmountRuleKind.NotPublished => null,
            _ => throw new InvalidOperationException($"Unknown amount rule {Kind}."),
        };
    }

    /// <summary>Whether <paramref name="requested"/> is an amount this rule allows for the declared facts.</summary>
    public bool Allows(decimal requested, IReadOnlySet<string> declaredFacts)
    {
        if (requested <= 0 || !Money.HasAtMostTwoDecimals(requested))
        {
            return false;
        }
        return Kind switch
        {
            AmountRuleKind.Fixed or AmountRuleKind.Conditional => requested == AmountFor(declaredFacts),
            AmountRuleKind.Range => requested >= Min && requested <= Max,
            AmountRuleKind.NotPublished => true,
            _ => throw new InvalidOperationException($"Unknown amount rule {Kind}."),
        };
    }

    /// <summary>Problems with the rule itself, in Chinese.</summary>
    public IEnumerable<string> Problems()
    {
        switch (Kind)
        {
            case AmountRuleKind.Fixed:
                if (Min is not > 0 || Min != Max) { yield return "固定额度必须是一个大于零的金额"; }
                break;
            case AmountRuleKind.Range:
                if (Min is not > 0 || Max is not > 0) { yield return "额度区间的下限和上限必须大于零"; }
                else if (Min > Max) { yield return $"额度区间下限 {Min:0.##} 元大于上限 {Max:0.##} 元"; }
                break;
            case AmountRuleKind.Conditional:
                if (Options.Count == 0) { yield return "按条件确定的额度至少需要一个条件"; }
                if (Options.Any(o => string.IsNullOrWhiteSpace(o.Fact))) { yield return "每个条件都必须指明申报单位声明的事项"; }
                if (Options.Select(o => o.Fact).Distinct(StringComparer.Ordinal).Count() != Options.Count) { yield return "条件事项重复"; }
                if (Options.Any(o => o.Amount <= 0) || Otherwise is not >= 0) { yield return "条件额度必须大于零，其他情形额度不能为负"; }
                break;
            case AmountRuleKind.NotPublished:
                break;
            default:
                throw new InvalidOperationException($"Unknown amount rule {Kind}.");
        }
        var amounts = new[] { Min, Max, Otherwise }.Where(a => a is not null).Select(a => a!.Value).Concat(Options.Select(o => o.Amount));
        if (amounts.Any(a => !Money.HasAtMostTwoDecimals(a)))
        {
            yield return "金额最多保留两位小数（分）";
        }
    }
}
