using GrantPortal.Domain.Organizations;

namespace GrantPortal.Web.Areas.Applicant.Organization;

/// <summary>
/// The organisation's users and invitations. <see cref="NewLink"/> is the link of the invitation just made, shown this
/// once (only its hash is stored).
/// </summary>
public sealed record MembersPage(
    ApplicantOrganization Organization, bool IsOwner, Guid CurrentUserId, IReadOnlyList<MemberRow> Members,
    IReadOnlyList<OrganizationInvitation> Invitations, DateTimeOffset Now, InviteForm Form, string? NewLink = null);
