using System.Net;
using GrantPortal.IntegrationTests.Accounts;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Applicant.Organization;

/// <summary>The owner invites users by link; the link creates or joins an account once, within seven days, unless revoked.</summary>
[Collection(PortalCollection.Name)]
public sealed class InvitationTests(PortalFactory factory)
{
    private Task<long> MembersAsync(Guid organizationId) =>
        factory.CountAsync("SELECT count(*) FROM tenant_memberships WHERE organization_id = $1 AND role = 'Applicant'", organizationId);

    private static Dictionary<string, string> NewAccount() => new()
    {
        ["DisplayName"] = "受邀人",
        ["Password"] = RegistrationForms.Password,
        ["ConfirmPassword"] = RegistrationForms.Password,
    };

    [Fact]
    public async Task NewPerson_CreatesTheAccount_JoinsAndIsSignedIn_LinkThenUsed()
    {
        var owner = await OrganizationOwner.RegisterAsync(factory);
        var email = RegistrationForms.NewEmail("invitee");
        var link = await owner.InviteAsync(email);
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM organization_invitations WHERE organization_id = $1 AND email = $2", owner.OrganizationId, email));
        var mailed = (string)(await factory.ScalarAsync("SELECT body FROM outbox_emails WHERE \"to\" = $1", email))!;
        Assert.Contains(link.Split('/')[^1], mailed, StringComparison.Ordinal); // the invitation is e-mailed, with its token

        var invitee = factory.Browser();
        using var response = await invitee.PostFormAsync(link, link, NewAccount());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(owner.Home, response.LocationPath());
        Assert.Equal(2, await MembersAsync(owner.OrganizationId));
        Assert.Equal(false, await factory.ScalarAsync(
            "SELECT m.is_organization_owner FROM tenant_memberships m JOIN users u ON u.id = m.user_id WHERE u.normalized_email = upper($1)", email));
        var profile = await invitee.GetPageAsync(owner.Home);
        Assert.Contains("统一社会信用代码", profile.Text(), StringComparison.Ordinal);

        var members = await owner.Client.GetPageAsync(owner.Home + "/members");
        Assert.Contains(email, members.QuerySelector("table.members")!.TextContent, StringComparison.Ordinal);

        var reused = await factory.Browser().GetPageAsync(link);
        Assert.Contains("此邀请已被使用", reused.Text(), StringComparison.Ordinal);
        Assert.Null(reused.QuerySelector($"form[action='{link}']"));
    }

    [Fact]
    public async Task ExistingAccount_SignsInFirst_ThenAccepts()
    {
        var owner = await OrganizationOwner.RegisterAsync(factory);
        var elsewhere = await OrganizationOwner.RegisterAsync(factory, "guangxi"); // an account, applicant in another association
        var link = await owner.InviteAsync(elsewhere.Email);

        var anonymous = await factory.Browser().GetPageAsync(link);
        Assert.NotNull(anonymous.QuerySelector("a[href^='/account/login?returnUrl=']"));
        Assert.Null(anonymous.GetElementById("Password"));

        var stranger = factory.Browser();
        await stranger.SignInAsync("staff@xinjiang.example.com");
        Assert.Contains("另一个账户", (await stranger.GetPageAsync(link)).Text(), StringComparison.Ordinal);

        var person = factory.Browser();
        await person.SignInAsync(elsewhere.Email, RegistrationForms.Password);
        using var response = await person.PostFormAsync(link, link, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(2, await MembersAsync(owner.OrganizationId));
        await person.GetPageAsync(owner.Home);
    }

    [Fact]
    public async Task ExpiredAndRevokedLinks_SaySo_AndAddNobody()
    {
        var owner = await OrganizationOwner.RegisterAsync(factory);
        var expired = await owner.InviteAsync(RegistrationForms.NewEmail("late"));
        var revokedEmail = RegistrationForms.NewEmail("revoked");
        var revoked = await owner.InviteAsync(revokedEmail);
        await factory.ScalarAsync("UPDATE organization_invitations SET expires_at = now() - interval '1 day', created_at = now() - interval '8 days' WHERE organization_id = $1 AND email LIKE 'late-%'", owner.OrganizationId);
        var invitationId = (Guid)(await factory.ScalarAsync("SELECT id FROM organization_invitations WHERE email = $1", revokedEmail))!;
        using (var revoke = await owner.Client.PostFormAsync(owner.Home + "/members", $"{owner.Home}/invitations/{invitationId}/revoke", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        }

        var browser = factory.Browser();
        Assert.Contains("此邀请已过期", (await browser.GetPageAsync(expired)).Text(), StringComparison.Ordinal);
        Assert.Contains("已被单位管理员撤销", (await browser.GetPageAsync(revoked)).Text(), StringComparison.Ordinal);
        var token = (await browser.GetPageAsync($"/{owner.Tenant}/register")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = await browser.PostAsync(revoked, new FormUrlEncodedContent(new Dictionary<string, string>(NewAccount()) { ["__RequestVerificationToken"] = token }));
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(1, await MembersAsync(owner.OrganizationId));
        await browser.GetPageAsync($"/{owner.Tenant}/invitations/not-a-token", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task NonOwner_SeesTheListReadOnly_AndCannotInvite()
    {
        var owner = await OrganizationOwner.RegisterAsync(factory);
        var link = await owner.InviteAsync(RegistrationForms.NewEmail("member"));
        var member = factory.Browser();
        using (var joined = await member.PostFormAsync(link, link, NewAccount()))
        {
            Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        }

        var page = await member.GetPageAsync(owner.Home + "/members");
        Assert.Null(page.QuerySelector($"form[action='{owner.Home}/members']"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var invite = await member.PostAsync(owner.Home + "/members", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Email"] = RegistrationForms.NewEmail("sneaky"),
        }));

        Assert.True(invite.StatusCode == HttpStatusCode.Forbidden || (invite.StatusCode == HttpStatusCode.Redirect && invite.LocationPath().StartsWith("/account/denied", StringComparison.Ordinal)),
            $"{(int)invite.StatusCode}");
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM organization_invitations WHERE organization_id = $1", owner.OrganizationId));
    }

    [Fact]
    public async Task Owner_RemovesAMember_ButNotThemself_NorAnotherOrganisationsMember()
    {
        var owner = await OrganizationOwner.RegisterAsync(factory);
        var other = await OrganizationOwner.RegisterAsync(factory);
        var foreign = await OrganizationOwner.RegisterAsync(factory, "guangxi");
        var link = await owner.InviteAsync(RegistrationForms.NewEmail("member"));
        using (var joined = await factory.Browser().PostFormAsync(link, link, NewAccount()))
        {
            Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        }
        var otherInvitation = await other.InviteAsync(RegistrationForms.NewEmail("other"));
        Guid MembershipOf(object? id) => (Guid)id!;
        var memberId = MembershipOf(await factory.ScalarAsync("SELECT id FROM tenant_memberships WHERE organization_id = $1 AND NOT is_organization_owner", owner.OrganizationId));
        var ownId = MembershipOf(await factory.ScalarAsync("SELECT id FROM tenant_memberships WHERE organization_id = $1 AND is_organization_owner", owner.OrganizationId));
        var otherId = MembershipOf(await factory.ScalarAsync("SELECT id FROM tenant_memberships WHERE organization_id = $1", other.OrganizationId));
        var foreignId = MembershipOf(await factory.ScalarAsync("SELECT id FROM tenant_memberships WHERE organization_id = $1", foreign.OrganizationId));
        var otherInvitationId = MembershipOf(await factory.ScalarAsync("SELECT id FROM organization_invitations WHERE organization_id = $1", other.OrganizationId));
        var token = (await owner.Client.GetPageAsync(owner.Home + "/members")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Task<HttpResponseMessage> PostAsync(string url) => owner.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        foreach (var url in new[] { $"{owner.Home}/members/{otherId}/remove", $"{owner.Home}/members/{foreignId}/remove", $"{owner.Home}/invitations/{otherInvitationId}/revoke" })
        {
            using var refused = await PostAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }
        using (var self = await PostAsync($"{owner.Home}/members/{ownId}/remove"))
        {
            Assert.Equal(HttpStatusCode.Redirect, self.StatusCode);
        }
        Assert.Equal(2, await MembersAsync(owner.OrganizationId));
        using (var removed = await PostAsync($"{owner.Home}/members/{memberId}/remove"))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }
        Assert.Equal(1, await MembersAsync(owner.OrganizationId));
        Assert.Equal(1, await MembersAsync(other.OrganizationId));
        Assert.Equal(1, await MembersAsync(foreign.OrganizationId));
        Assert.Contains("/invitations/", otherInvitation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeededDemoApplicant_OwnsItsOrganisation()
    {
        var client = factory.Browser();
        await client.SignInAsync("applicant@xinjiang.example.com");
        var page = await client.GetPageAsync("/xinjiang/my/organization/members");
        Assert.NotNull(page.QuerySelector("form[action='/xinjiang/my/organization/members']"));
    }
}
