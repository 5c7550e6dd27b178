using GrantPortal.Domain.Common;
using GrantPortal.Domain.Organizations;

namespace GrantPortal.Domain.Tests.Organizations;

public class OrganizationInvitationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);

    private static (OrganizationInvitation Invitation, string Token) New() =>
        OrganizationInvitation.Create(Guid.NewGuid(), Guid.NewGuid(), " Invitee@Example.com ", Guid.NewGuid(), Now);

    [Fact]
    public void Create_KeepsOnlyTheTokensHash()
    {
        var (invitation, token) = New();
        Assert.True(token.Length >= 40);
        Assert.Equal(OrganizationInvitation.HashOf(token), invitation.TokenHash);
        Assert.Equal(64, invitation.TokenHash.Length);
        Assert.DoesNotContain(token, invitation.TokenHash, StringComparison.Ordinal);
        Assert.NotEqual(token, New().Token);
        Assert.True(invitation.IsFor("invitee@example.COM"));
    }

    [Fact]
    public void Invitation_ExpiresAfterSevenDays()
    {
        var (invitation, _) = New();
        Assert.Equal(InvitationState.Pending, invitation.StateAt(Now.AddDays(7).AddTicks(-1)));
        Assert.Equal(InvitationState.Expired, invitation.StateAt(Now.AddDays(7)));
        var e = Assert.Throws<DomainException>(() => invitation.Accept(Guid.NewGuid(), Now.AddDays(8)));
        Assert.Equal("invitation.expired", e.Code);
    }

    [Fact]
    public void Accepted_CannotBeUsedAgain_NorRevoked()
    {
        var (invitation, _) = New();
        invitation.Accept(Guid.NewGuid(), Now.AddHours(1));
        Assert.Equal(InvitationState.Accepted, invitation.StateAt(Now.AddHours(2)));
        Assert.Equal("invitation.accepted", Assert.Throws<DomainException>(() => invitation.Accept(Guid.NewGuid(), Now.AddHours(2))).Code);
        Assert.Throws<DomainException>(() => invitation.Revoke(Now.AddHours(2)));
    }

    [Fact]
    public void Revoked_CannotBeAccepted()
    {
        var (invitation, _) = New();
        invitation.Revoke(Now.AddHours(1));
        Assert.Equal(InvitationState.Revoked, invitation.StateAt(Now.AddHours(2)));
        Assert.Equal("invitation.revoked", Assert.Throws<DomainException>(() => invitation.Accept(Guid.NewGuid(), Now.AddHours(2))).Code);
    }
}
