using GrantPortal.Domain.Organizations;

namespace GrantPortal.Web.Areas.Public.Invitations;

public sealed record InvitationPage(
    string Token, OrganizationInvitation Invitation, string OrganizationName, InvitationState State,
    InvitationSituation Situation, AcceptInvitationForm Form);
