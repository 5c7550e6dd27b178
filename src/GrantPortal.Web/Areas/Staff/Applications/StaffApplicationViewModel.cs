using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Forms;
using GrantPortal.Domain.Organizations;

namespace GrantPortal.Web.Areas.Staff.Applications;

/// <summary>An application as staff see it: the answers on its form version, its submissions, and any similarity flag.</summary>
public sealed record StaffApplicationViewModel(
    GrantApplication Application, ApplicantOrganization Organization, GrantCall Call, GrantCategory Category, FormSchema Schema, GrantApplication? SimilarTo)
{
    public string? ReasonError { get; init; }
}
