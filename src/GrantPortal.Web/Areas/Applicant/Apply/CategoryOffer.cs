using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Eligibility;

namespace GrantPortal.Web.Areas.Applicant.Apply;

/// <summary>One category applicants apply to, with why this organisation may not, or its application there.</summary>
public sealed record CategoryOffer(
    GrantCategory Category, AmountRule? Amount, Quota Quota, IReadOnlyList<Ineligibility> Reasons, Guid? ApplicationId, ApplicationStatus? ApplicationStatus)
{
    public bool CanStart => ApplicationId is null && !Reasons.Any(r => r.Blocking);
}
