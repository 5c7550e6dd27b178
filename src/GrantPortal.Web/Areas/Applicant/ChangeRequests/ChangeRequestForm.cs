using GrantPortal.Domain.Progress;

namespace GrantPortal.Web.Areas.Applicant.ChangeRequests;

/// <summary>The applicant's change request: what kind, from what to what (for timing the new completion date), why, and an optional file.</summary>
public sealed class ChangeRequestForm
{
    public ChangeKind? Kind { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public DateOnly? NewCompletionDate { get; set; }
    public string? Reason { get; set; }
    public IFormFile? File { get; set; }
}
