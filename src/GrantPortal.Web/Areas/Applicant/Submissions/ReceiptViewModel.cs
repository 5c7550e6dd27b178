using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Applicant.Submissions;

/// <summary>回执: the submission that counts, with the earlier versions and whether it may still be withdrawn.</summary>
public sealed record ReceiptViewModel(GrantApplication Application, GrantCall Call, GrantCategory Category, CallPhase Phase)
{
    public ApplicationSubmission? Latest => Application.Submissions.MaxBy(s => s.Version);

    public bool CanWithdraw => Application.Status == ApplicationStatus.Submitted && Phase == CallPhase.Open;
}
