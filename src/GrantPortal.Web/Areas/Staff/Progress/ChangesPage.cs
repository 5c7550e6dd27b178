using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Progress;

namespace GrantPortal.Web.Areas.Staff.Progress;

/// <summary>
/// An award's change requests (the applicant's and the staff's page): newest first with their attachments, the call's
/// completion deadline and the one after approved timing changes.
/// </summary>
public sealed record ChangesPage(
    Award Award, IReadOnlyList<ChangeRequest> Requests, IReadOnlyDictionary<Guid, IReadOnlyList<AttachmentLink>> Files,
    DeadlineRule? CallDeadline, DateOnly? ChangedCompletionDate)
{
    public ChangeRequest? Pending => Requests.FirstOrDefault(r => r.IsPending);
}
