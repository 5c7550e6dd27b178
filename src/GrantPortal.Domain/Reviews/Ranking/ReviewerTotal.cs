namespace GrantPortal.Domain.Reviews.Ranking;

/// <summary>One reviewer's total for one application, as given and as normalised.</summary>
public sealed record ReviewerTotal(
    Guid ExpertId, ExpertType ExpertType, decimal Total, decimal Normalised, ReviewRecommendation Recommendation, decimal? SuggestedAmount);
