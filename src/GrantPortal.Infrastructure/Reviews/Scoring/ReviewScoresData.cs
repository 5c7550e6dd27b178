using GrantPortal.Domain.Reviews;

namespace GrantPortal.Infrastructure.Reviews.Scoring;

/// <summary>The scores of one call as staff see them: progress per category and every submitted score per application.</summary>
public sealed record ReviewScoresData(Guid CallId, string CallTitle, IReadOnlyList<CategoryScores> Categories)
{
    public IEnumerable<ApplicationScores> Applications => Categories.SelectMany(c => c.Applications);
}

/// <summary>One category: its form, how far the review is (active assignments, submitted, overdue unsubmitted, submitted late) and its applications.</summary>
public sealed record CategoryScores(
    Guid Id, string Code, string Name, EffectiveReviewForm Form, int Assigned, int Submitted, int Overdue, int SubmittedLate, IReadOnlyList<ApplicationScores> Applications);

/// <summary>One application under review, with the scores submitted so far.</summary>
public sealed record ApplicationScores(
    Guid Id, string? Number, string Title, string Organization, string CategoryCode, decimal? RequestedAmount, int Assigned, IReadOnlyList<ScoreRow> Scores)
{
    /// <summary>Mean of the submitted totals, two decimals; null before any.</summary>
    public decimal? MeanTotal => Scores.Count == 0 ? null : Math.Round(Scores.Average(s => s.Total), 2, MidpointRounding.AwayFromZero);

    /// <summary>Mean of the suggested amounts given, in fen; null when none.</summary>
    public decimal? MeanSuggestedAmount => Scores.Where(s => s.SuggestedAmount is not null).Select(s => s.SuggestedAmount!.Value).ToList() is { Count: > 0 } amounts
        ? Math.Round(amounts.Average(), 2, MidpointRounding.AwayFromZero) : null;
}

/// <summary>One submitted score, with the reviewer who gave it (for staff only).</summary>
public sealed record ScoreRow(
    string Expert, ExpertType Type, IReadOnlyDictionary<string, decimal> Scores, decimal Total, ReviewRecommendation Recommendation,
    decimal? SuggestedAmount, string Comment, DateTimeOffset SubmittedAt, bool Late);
