using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Reviews;
using GrantPortal.Domain.Reviews.Ranking;

namespace GrantPortal.Domain.Tests.Reviews.Ranking;

/// <summary>Small trees, candidates and scores for the ranking tests.</summary>
internal static class RankingFixtures
{
    public static readonly DateTimeOffset Now = new(2025, 7, 1, 2, 0, 0, TimeSpan.Zero);

    public static GrantCall NewCall() => new(Guid.NewGuid(), 2025, "排序测试", Now);

    public static RankingCandidate Candidate(GrantCategory category, string number, decimal? requested = 50000m, int minute = 0, params string[] subtypes) =>
        new(Guid.NewGuid(), category.Id, number, "项目" + number, "单位" + number, requested, Now.AddMinutes(minute), subtypes);

    public static RankingScore Score(RankingCandidate candidate, Guid expert, decimal total,
        ReviewRecommendation recommendation = ReviewRecommendation.Support, decimal? suggested = null, ExpertType type = ExpertType.Technical) =>
        new(candidate.ApplicationId, expert, type, total, recommendation, suggested);

    /// <summary>One score per candidate from one expert, the given totals in order.</summary>
    public static List<RankingScore> Scores(IReadOnlyList<RankingCandidate> candidates, params decimal[] totals)
    {
        var expert = Guid.NewGuid();
        return candidates.Select((c, i) => Score(c, expert, totals[i])).ToList();
    }

    public static RankedLine Line(CallRanking ranking, RankingCandidate candidate) =>
        ranking.Lines.Single(l => l.Candidate.ApplicationId == candidate.ApplicationId);
}
