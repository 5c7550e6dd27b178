namespace GrantPortal.Domain.Organizations;

/// <summary>Where an invitation stands at a given instant.</summary>
public enum InvitationState
{
    Pending,
    Accepted,
    Revoked,
    Expired,
}
