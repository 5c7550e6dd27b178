using System.Net;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Accounts;

/// <summary>
/// 重置密码 on the admin's users page: the way back for a lost password. The registration rules apply, the person's
/// sessions end, a lockout is lifted; a person with roles in another association is refused (an admin must not take
/// over a role elsewhere).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AdminPasswordResetTests(PortalFactory factory)
{
    private const string InitialPassword = "Initial-Staff-Pass-2026";
    private const string ResetPassword = "Reset-By-Admin-Phrase-2026";

    private async Task<HttpClient> AdminAsync(string tenant)
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Email(tenant, "admin"));
        return client;
    }

    /// <summary>A new staff member of <paramref name="tenant"/>, made by its admin; returns the reset page's URL.</summary>
    private async Task<string> NewStaffAsync(HttpClient admin, string tenant, string email)
    {
        var page = $"/{tenant}/admin/users/new";
        using var created = await admin.PostFormAsync(page, page, new Dictionary<string, string>
        {
            ["Email"] = email, ["DisplayName"] = "赵工作", ["Role"] = "Staff", ["InitialPassword"] = InitialPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return await ResetPageAsync(tenant, email);
    }

    private async Task<string> ResetPageAsync(string tenant, string email)
    {
        var membership = await factory.ScalarAsync(
            "SELECT m.id FROM tenant_memberships m JOIN users u ON u.id = m.user_id JOIN associations a ON a.id = m.tenant_id WHERE u.normalized_email = upper($1) AND a.identifier = $2",
            email, tenant);
        return $"/{tenant}/admin/users/{membership}/password";
    }

    private Task<object?> HashAsync(string email) => factory.ScalarAsync("SELECT password_hash FROM users WHERE normalized_email = upper($1)", email);

    private static Task<HttpResponseMessage> LogInAsync(HttpClient client, string email, string password) =>
        client.PostFormAsync("/account/login", "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    [Fact]
    public async Task Reset_SetsTheNewPassword_EndsTheSessions_LiftsTheLockout_AndNotifies()
    {
        var start = DateTimeOffset.UtcNow;
        try
        {
            factory.Clock.Set(start);
            var admin = await AdminAsync("xinjiang");
            var email = RegistrationForms.NewEmail("reset");
            var page = await NewStaffAsync(admin, "xinjiang", email);
            var staff = factory.Browser();
            await staff.SignInAsync(email, InitialPassword);
            await factory.ScalarAsync("UPDATE users SET lockout_end = $2 WHERE normalized_email = upper($1)", email, start.AddMinutes(10));

            Assert.Contains(page, (await admin.GetPageAsync("/xinjiang/admin/users")).QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
            using (var reset = await admin.PostFormAsync(page, page, new Dictionary<string, string> { ["NewPassword"] = ResetPassword, ["ConfirmPassword"] = ResetPassword }))
            {
                Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
                Assert.Equal("/xinjiang/admin/users", reset.LocationPath());
            }
            Assert.Contains($"已重置 {email} 的密码", (await admin.GetPageAsync("/xinjiang/admin/users")).Text());
            Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM users WHERE normalized_email = upper($1) AND lockout_end IS NOT NULL", email));
            Assert.Equal(1, await factory.CountAsync(
                "SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.normalized_email = upper($1) AND n.title = '您的登录密码已被管理员重置'", email));

            factory.Clock.Set(start.AddMinutes(2));
            using (var other = await staff.GetAsync("/xinjiang/staff/calls"))
            {
                Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
                Assert.StartsWith("/account/login", other.LocationPath(), StringComparison.Ordinal);
            }
            using (var old = await LogInAsync(factory.Browser(), email, InitialPassword))
            {
                Assert.False(old.SetsCookie("gp.auth"));
            }
            using var fresh = await LogInAsync(factory.Browser(), email, ResetPassword);
            Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
            Assert.True(fresh.SetsCookie("gp.auth"));
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task Reset_WeakPasswordOrMismatch_ChangesNothing()
    {
        var admin = await AdminAsync("xinjiang");
        var email = RegistrationForms.NewEmail("reset");
        var page = await NewStaffAsync(admin, "xinjiang", email);
        var hash = await HashAsync(email);

        using (var weak = await admin.PostFormAsync(page, page, new Dictionary<string, string> { ["NewPassword"] = "password2026", ["ConfirmPassword"] = "password2026" }))
        {
            Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
            Assert.Contains("最常见的密码之一", Html.Parse(await weak.Content.ReadAsStringAsync()).FieldError("NewPassword"), StringComparison.Ordinal);
        }
        using (var mismatch = await admin.PostFormAsync(page, page, new Dictionary<string, string> { ["NewPassword"] = ResetPassword, ["ConfirmPassword"] = ResetPassword + "x" }))
        {
            Assert.Equal("两次输入的密码不一致", Html.Parse(await mismatch.Content.ReadAsStringAsync()).FieldError("ConfirmPassword"));
        }
        Assert.Equal(hash, await HashAsync(email));
    }

    [Fact]
    public async Task Reset_PersonWithRolesInAnotherAssociation_IsRefused()
    {
        var email = RegistrationForms.NewEmail("reset");
        await NewStaffAsync(await AdminAsync("guangxi"), "guangxi", email);
        var xinjiang = await AdminAsync("xinjiang");
        using (var added = await xinjiang.PostFormAsync("/xinjiang/admin/users/new", "/xinjiang/admin/users/new", new Dictionary<string, string>
        {
            ["Email"] = email, ["DisplayName"] = "赵工作", ["Role"] = "Reviewer",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }
        var page = await ResetPageAsync("xinjiang", email);
        var hash = await HashAsync(email);
        Assert.Null((await xinjiang.GetPageAsync(page)).QuerySelector("form[action$='/password']"));

        // Posting anyway (the token of the header's sign-out form) changes nothing.
        var token = (await xinjiang.GetPageAsync(page)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var forced = await xinjiang.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["NewPassword"] = ResetPassword, ["ConfirmPassword"] = ResetPassword,
        }));
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Contains("此人在其他科协也有角色", Html.Parse(await forced.Content.ReadAsStringAsync()).Text(), StringComparison.Ordinal);
        Assert.Equal(hash, await HashAsync(email));
    }

    [Fact]
    public async Task Reset_AnotherAssociationsMembership_IsNotFound()
    {
        var email = RegistrationForms.NewEmail("reset");
        var page = await NewStaffAsync(await AdminAsync("guangxi"), "guangxi", email);

        await (await AdminAsync("xinjiang")).GetPageAsync(page.Replace("/guangxi/", "/xinjiang/", StringComparison.Ordinal), HttpStatusCode.NotFound);
    }
}
