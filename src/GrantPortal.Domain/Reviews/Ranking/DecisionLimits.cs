using GrantPortal.Domain.Calls;

namespace GrantPortal.Domain.Reviews.Ranking;

/// <summary>
/// The rules a panel decision must keep: each approved amount within its category's amount rule, and the quota
/// maximums and caps of every level of the tree (the same limits the allocation keeps).
/// </summary>
public sealed class DecisionLimits(GrantCall call, IReadOnlyDictionary<Guid, CandidatePlacement> placements)
{
    public static DecisionLimits From(CallRanking ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        return new DecisionLimits(ranking.Call, ranking.Lines.ToDictionary(l => l.Candidate.ApplicationId, l => l.Placement));
    }

    /// <summary>Why <paramref name="amount"/> is not allowed for the application (Chinese, with the figures), or null.</summary>
    public string? AmountProblem(Guid applicationId, decimal amount) =>
        placements.TryGetValue(applicationId, out var placement) ? placement.AmountProblem(amount) : "该申报不在本次排序之中";

    /// <summary>The quotas and caps the approved set breaks (empty when all hold).</summary>
    public IReadOnlyList<string> Breaches(IEnumerable<(Guid ApplicationId, decimal Amount)> approved)
    {
        ArgumentNullException.ThrowIfNull(approved);
        return Ledger(approved).Breaches(call);
    }

    /// <summary>The totals per level of the approved set.</summary>
    public IReadOnlyList<LevelTotal> Totals(IEnumerable<(Guid ApplicationId, decimal Amount)> approved)
    {
        ArgumentNullException.ThrowIfNull(approved);
        return Ledger(approved).Totals(call);
    }

    private FundingLedger Ledger(IEnumerable<(Guid ApplicationId, decimal Amount)> approved)
    {
        var ledger = new FundingLedger();
        foreach (var (applicationId, amount) in approved)
        {
            if (placements.TryGetValue(applicationId, out var placement))
            {
                ledger.Add(placement, amount);
            }
        }
        return ledger;
    }
}
