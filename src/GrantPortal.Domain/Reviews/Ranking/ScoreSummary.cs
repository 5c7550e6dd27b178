namespace GrantPortal.Domain.Reviews.Ranking;

/// <summary>
/// 评分汇总 of one application: its reviewers' totals, their mean (as given and normalised), the mean per expert type,
/// the spread (highest − lowest) and whether it counts as a disagreement, the number of 建议资助 recommendations and the
/// mean suggested amount. Means are rounded to two decimals; the ranking uses the rounded figure, so two applications
/// shown with the same mean are tied.
/// </summary>
public sealed record ScoreSummary(
    IReadOnlyList<ReviewerTotal> Reviewers,
    decimal? Mean,
    decimal? NormalisedMean,
    IReadOnlyDictionary<ExpertType, decimal> MeanByType,
    decimal? Spread,
    bool Disagreement,
    int SupportCount,
    decimal? MeanSuggestedAmount)
{
    public bool HasScores => Reviewers.Count > 0;

    /// <summary>The figure the ranking sorts on.</summary>
    public decimal? RankingScore(bool normalised) => normalised ? NormalisedMean : Mean;

    public static ScoreSummary Of(IReadOnlyList<ReviewerTotal> reviewers, decimal disagreementThreshold)
    {
        ArgumentNullException.ThrowIfNull(reviewers);
        if (reviewers.Count == 0)
        {
            return new ScoreSummary([], null, null, new Dictionary<ExpertType, decimal>(), null, false, 0, null);
        }
        var spread = reviewers.Max(r => r.Total) - reviewers.Min(r => r.Total);
        var suggestions = reviewers.Where(r => r.SuggestedAmount is not null).Select(r => r.SuggestedAmount!.Value).ToList();
        return new ScoreSummary(
            reviewers,
            ScoreNormaliser.Round(reviewers.Average(r => r.Total)),
            ScoreNormaliser.Round(reviewers.Average(r => r.Normalised)),
            reviewers.GroupBy(r => r.ExpertType).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => ScoreNormaliser.Round(g.Average(r => r.Total))),
            spread,
            spread > disagreementThreshold,
            reviewers.Count(r => r.Recommendation == ReviewRecommendation.Support),
            suggestions.Count == 0 ? null : ScoreNormaliser.Round(suggestions.Average()));
    }
}
