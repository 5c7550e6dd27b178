using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Eligibility;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Domain.FormalChecks;

/// <summary>
/// Everything the automatic items of the formal check read, loaded once by the caller: the application and its latest
/// submission, the call and category (loaded with its tree), the form version it was submitted on, the eligibility of
/// its organisation now, the lead organisation's name and credit code, which referenced uploads exist, and what the
/// comparison of the uploaded sealed scan with the latest submission found.
/// </summary>
public sealed record FormalCheckFacts(
    GrantApplication Application,
    ApplicationSubmission? Submission,
    GrantCall Call,
    GrantCategory Category,
    FormSchema Form,
    IReadOnlyList<Ineligibility> Eligibility,
    string LeadName,
    string LeadCreditCode,
    IReadOnlySet<Guid> StoredFileIds,
    SealedScanFinding SealedScan)
{
    /// <summary>The answers checked: those of the latest submission (the application's own before any).</summary>
    public IReadOnlyDictionary<string, string> Values => Submission?.Values ?? Application.Values;
}
