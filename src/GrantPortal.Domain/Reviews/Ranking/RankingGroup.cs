using GrantPortal.Domain.Calls;

namespace GrantPortal.Domain.Reviews.Ranking;

/// <summary>The applications ranked together: those of one sub-type, or of one category without sub-types.</summary>
public sealed record RankingGroup(GrantCategory Node, IReadOnlyList<RankedLine> Lines)
{
    public int FundedCount => Lines.Count(l => l.Outcome == FundingOutcome.Funded);

    public decimal FundedSum => Lines.Where(l => l.Outcome == FundingOutcome.Funded).Sum(l => l.ProposedAmount ?? 0m);
}
