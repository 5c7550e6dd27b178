namespace GrantPortal.Domain.Reviews.Ranking;

/// <summary>
/// One application in its ranking group: its rank (1, 2, … in the group; null without scores), scores, proposed amount
/// and what the allocation made of it (funded, the n-th reserve, or why it was passed over).
/// </summary>
public sealed record RankedLine(
    int? Rank,
    RankingCandidate Candidate,
    CandidatePlacement Placement,
    ScoreSummary Scores,
    decimal? RankingScore,
    decimal? ProposedAmount,
    FundingOutcome Outcome,
    int? ReserveOrder,
    FundingBlock? Block);
