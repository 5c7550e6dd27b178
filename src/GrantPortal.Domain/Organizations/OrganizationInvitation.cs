using System.Security.Cryptography;
using System.Text;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Organizations;

/// <summary>
/// 单位成员邀请: the organisation's owner invites a person by e-mail. Only the SHA-256 hash of the random token is
/// kept; the link carrying the token is shown once. Valid for <see cref="Lifetime"/>, used once, revocable.
/// </summary>
public sealed class OrganizationInvitation : ITenantOwned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private OrganizationInvitation() { }

    private OrganizationInvitation(Guid tenantId, Guid organizationId, string email, string tokenHash, Guid invitedBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        OrganizationId = organizationId;
        Email = email;
        TokenHash = tokenHash;
        InvitedBy = invitedBy;
        CreatedAt = now;
        ExpiresAt = now + Lifetime;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string Email { get; private set; } = "";
    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public string TokenHash { get; private set; } = "";
    public Guid InvitedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public Guid? AcceptedBy { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>A new invitation and its token (to put in the link; never stored).</summary>
    public static (OrganizationInvitation Invitation, string Token) Create(
        Guid tenantId, Guid organizationId, string email, Guid invitedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var token = Base64UrlToken(RandomNumberGenerator.GetBytes(32));
        return (new OrganizationInvitation(tenantId, organizationId, email.Trim(), HashOf(token), invitedBy, now), token);
    }

    public static string HashOf(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? "")));

    public InvitationState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? InvitationState.Revoked
        : AcceptedAt is not null ? InvitationState.Accepted
        : now >= ExpiresAt ? InvitationState.Expired
        : InvitationState.Pending;

    public bool IsFor(string email) => string.Equals(Email, email?.Trim(), StringComparison.OrdinalIgnoreCase);

    public void Accept(Guid userId, DateTimeOffset now)
    {
        EnsurePending(now);
        AcceptedAt = now;
        AcceptedBy = userId;
    }

    public void Revoke(DateTimeOffset now)
    {
        EnsurePending(now);
        RevokedAt = now;
    }

    private void EnsurePending(DateTimeOffset now)
    {
        var state = StateAt(now);
        if (state != InvitationState.Pending)
        {
            throw new DomainException("invitation." + state.ToString().ToLowerInvariant(), $"The invitation is {state}.");
        }
    }

    private static string Base64UrlToken(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
