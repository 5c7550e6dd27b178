namespace GrantPortal.Domain.Reviews.Ranking;

/// <summary>
/// One reviewer's scale: how many totals they gave, their mean and (population) standard deviation, and how their
/// totals were normalised.
/// </summary>
public sealed record ReviewerScale(Guid ExpertId, int Count, decimal Mean, decimal StandardDeviation, ReviewerScaleHandling Handling);
