using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Eligibility;

namespace GrantPortal.Web.Areas.Applicant.Apply;

/// <summary>Why starting an application was refused.</summary>
public sealed record StartRefused(GrantCategory Category, IReadOnlyList<Ineligibility> Reasons);
