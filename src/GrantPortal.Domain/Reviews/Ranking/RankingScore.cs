namespace GrantPortal.Domain.Reviews.Ranking;

/// <summary>One submitted review as the ranking needs it (a <see cref="ReviewScore"/> without its criteria and comment).</summary>
public sealed record RankingScore(
    Guid ApplicationId,
    Guid ExpertId,
    ExpertType ExpertType,
    decimal Total,
    ReviewRecommendation Recommendation,
    decimal? SuggestedAmount)
{
    public static RankingScore From(ReviewScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return new(score.ApplicationId, score.ExpertId, score.ExpertType, score.Total, score.Recommendation, score.SuggestedAmount);
    }
}
