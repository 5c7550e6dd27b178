using GrantPortal.Domain.Agreements;
using GrantPortal.Domain.Awards;

namespace GrantPortal.Web.Areas.Applicant.Agreements;

/// <summary>The applicant's agreement page: the award, its agreement (null or not issued yet: nothing to do) and the versions issued so far.</summary>
public sealed record ApplicantAgreementPage(Award Award, TaskAgreement? Agreement)
{
    /// <summary>The versions the applicant has been given (drafts stay with staff), newest first.</summary>
    public IReadOnlyList<AgreementVersion> Issued =>
        Agreement is null ? [] : [.. Agreement.Versions.Where(v => v.Status != AgreementStatus.Draft).OrderByDescending(v => v.Number)];
}
