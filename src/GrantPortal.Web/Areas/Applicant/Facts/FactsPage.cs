using GrantPortal.Domain.Eligibility;

namespace GrantPortal.Web.Areas.Applicant.Facts;

/// <summary>The form, the years offered for annual reports, and the declarations as saved (with their verification).</summary>
public sealed record FactsPage(FactsForm Form, IReadOnlyList<int> Years, IReadOnlyList<OrganizationFact> Saved);
