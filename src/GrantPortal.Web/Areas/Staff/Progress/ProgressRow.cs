using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Progress;

namespace GrantPortal.Web.Areas.Staff.Progress;

/// <summary>One award on the call's progress worklist: its mid-term report state and its pending change request, if any.</summary>
public sealed record ProgressRow(
    Guid AwardId, string ApplicationNumber, string ProjectTitle, string OrganizationName, decimal Amount, AwardStatus AwardStatus,
    MidTermStatus? MidTerm, DateTimeOffset? SubmittedAt, ChangeRequest? PendingChange, DateOnly? CompletionDate);
