using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Reviews;
using GrantPortal.Domain.Reviews.Ranking;

namespace GrantPortal.Infrastructure.Reviews.Ranking;

/// <summary>A call's ranking as of now: the allocation, review progress per category and the panel's decision if started.</summary>
public sealed record RankingSnapshot(GrantCall Call, CallRanking Ranking, IReadOnlyList<CategoryProgress> Progress, PanelDecision? Decision);
