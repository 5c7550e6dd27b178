using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Applicant.Submissions;

/// <summary>One line of 我的申报.</summary>
public sealed record ApplicationRow(
    Guid Id, string? Number, string Title, string CallTitle, string CategoryCode, string CategoryName, ApplicationStatus Status,
    CallPhase Phase, DateTimeOffset? Deadline, bool DeadlineIsEndOfDay, DateTimeOffset UpdatedAt, DateTimeOffset? SubmittedAt, int Versions,
    Guid? AwardId = null);
