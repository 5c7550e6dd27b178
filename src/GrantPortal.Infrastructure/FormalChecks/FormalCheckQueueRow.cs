using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.FormalChecks;

namespace GrantPortal.Infrastructure.FormalChecks;

/// <summary>
/// One application in the formal-check list of a call: what the list shows of it, and the summary of its checklist
/// while it awaits the check (null otherwise). The checklist itself is built where staff decide.
/// </summary>
public sealed record FormalCheckQueueRow(
    Guid ApplicationId, string? Number, string Title, string OrganizationName, GrantCategory Category, ApplicationStatus Status,
    int Revision, int LatestVersion, DateTimeOffset? SubmittedAt, DateTimeOffset? CorrectionDeadline, ChecklistSummary? Checklist)
{
    public bool AwaitsFormalCheck => Status is ApplicationStatus.Submitted or ApplicationStatus.FormalCheck;
}
