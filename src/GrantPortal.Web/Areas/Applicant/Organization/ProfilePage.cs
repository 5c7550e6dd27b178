using GrantPortal.Domain.Organizations;

namespace GrantPortal.Web.Areas.Applicant.Organization;

/// <summary>The profile page: the organisation, the form, and (after a stale save) the profile as now saved.</summary>
public sealed record ProfilePage(ApplicantOrganization Organization, ProfileForm Form, OrganizationProfile? Current = null);
