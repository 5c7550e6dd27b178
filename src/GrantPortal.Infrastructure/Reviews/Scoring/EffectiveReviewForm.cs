using GrantPortal.Domain.Reviews;

namespace GrantPortal.Infrastructure.Reviews.Scoring;

/// <summary>The review form that applies to a category, and where it comes from.</summary>
public sealed record EffectiveReviewForm(ReviewFormContent Content, ReviewFormSource Source, DateTimeOffset? UpdatedAt, string? UpdatedBy);
