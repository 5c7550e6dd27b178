using GrantPortal.Domain.Eligibility;

namespace GrantPortal.Web.Areas.Staff.Debarments;

/// <summary>A debarment with the organisation's name.</summary>
public sealed record DebarmentRow(Debarment Debarment, string OrganizationName);
