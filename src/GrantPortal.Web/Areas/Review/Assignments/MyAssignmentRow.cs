using GrantPortal.Domain.Reviews;

namespace GrantPortal.Web.Areas.Review.Assignments;

/// <summary>One of the expert's own assignments as their list shows it.</summary>
public sealed record MyAssignmentRow(Guid Id, Guid CallId, string CallTitle, string CategoryCode, string? Number, string Title, ReviewAssignmentStatus Status, DateTimeOffset? DueAt);
