namespace GrantPortal.Domain.Reviews;

/// <summary>What an expert hands in for one application: points per criterion key, a comment, a recommendation, a suggested amount.</summary>
public sealed record ScoreSheet(
    IReadOnlyDictionary<string, decimal> Scores,
    string Comment,
    ReviewRecommendation? Recommendation,
    decimal? SuggestedAmount);
