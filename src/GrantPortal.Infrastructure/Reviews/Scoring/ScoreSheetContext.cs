using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Reviews;

namespace GrantPortal.Infrastructure.Reviews.Scoring;

/// <summary>Everything the score sheet shows for one assignment: the application's summary, the form, the expert's draft or submitted score (never another's).</summary>
public sealed record ScoreSheetContext(
    ReviewAssignment Assignment,
    EffectiveReviewForm Form,
    string CallTitle,
    string CategoryCode,
    string CategoryName,
    string? Number,
    string Title,
    decimal? RequestedAmount,
    AmountRule? AmountRule,
    ScoreSheetDraft? Draft,
    ReviewScore? Score)
{
    /// <summary>Past the due date (a score submitted now is late).</summary>
    public bool IsOverdue(DateTimeOffset now) => Assignment.DueAt is { } due && now >= due;

    /// <summary>No longer takes a score: submitted, or overdue on a form that locks after the due date.</summary>
    public bool IsClosed(DateTimeOffset now) => Score is not null || Assignment.Status != ReviewAssignmentStatus.Assigned || (Form.Content.LockedAfterDue && IsOverdue(now));
}
