using GrantPortal.Domain.Calls;

namespace GrantPortal.Domain.Reviews.Ranking;

/// <summary>
/// What is funded so far, per node of the tree: how many projects (against each <see cref="Quota"/>'s maximum) and how
/// much money (against each <see cref="GrantCategory.BudgetCap"/>), at every level a placement touches.
/// </summary>
public sealed class FundingLedger
{
    private readonly Dictionary<Guid, int> _counts = [];
    private readonly Dictionary<Guid, decimal> _sums = [];

    public int CountOf(GrantCategory node) => _counts.GetValueOrDefault(Id(node));

    public decimal SumOf(GrantCategory node) => _sums.GetValueOrDefault(Id(node));

    /// <summary>The first limit funding one more project at <paramref name="amount"/> would break, or null when it fits.</summary>
    public FundingBlock? Blocker(CandidatePlacement placement, decimal amount)
    {
        ArgumentNullException.ThrowIfNull(placement);
        foreach (var node in placement.CountedNodes)
        {
            if (node.QuotaMax is { } max && CountOf(node) + 1 > max)
            {
                return new FundingBlock(node, FundingBlockKind.QuotaFull, CountOf(node), max);
            }
        }
        foreach (var node in placement.ChargedNodes)
        {
            if (node.BudgetCap is { } cap && SumOf(node) + amount > cap)
            {
                return new FundingBlock(node, FundingBlockKind.CapExceeded, SumOf(node), cap);
            }
        }
        return null;
    }

    public void Add(CandidatePlacement placement, decimal amount)
    {
        ArgumentNullException.ThrowIfNull(placement);
        foreach (var node in placement.CountedNodes)
        {
            _counts[node.Id] = CountOf(node) + 1;
        }
        foreach (var node in placement.ChargedNodes)
        {
            _sums[node.Id] = SumOf(node) + amount;
        }
    }

    /// <summary>Every quota maximum and cap exceeded, in tree order, in Chinese with the figures (empty when all hold).</summary>
    public IReadOnlyList<string> Breaches(GrantCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var problems = new List<string>();
        foreach (var node in call.AllCategories)
        {
            if (node.QuotaMax is { } max && CountOf(node) > max)
            {
                problems.Add($"{node.Code} {node.Name}：资助 {CountOf(node)} 项，超过项目数量上限 {max} 项");
            }
            if (node.BudgetCap is { } cap && SumOf(node) > cap)
            {
                problems.Add($"{node.Code} {node.Name}：资助金额合计 {CandidatePlacement.Yuan(SumOf(node))} 元，超过总额 {CandidatePlacement.Yuan(cap)} 元");
            }
        }
        return problems;
    }

    /// <summary>The totals of every node in tree order, and of the whole call.</summary>
    public IReadOnlyList<LevelTotal> Totals(GrantCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.AllCategories
            .Select(n => new LevelTotal(n, CountOf(n), SumOf(n), n.Quota, n.BudgetCap))
            .ToList();
    }

    // Nodes are compared by id: the ledger may be filled from placements built on the same tree only.
    private static Guid Id(GrantCategory node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Id;
    }
}
