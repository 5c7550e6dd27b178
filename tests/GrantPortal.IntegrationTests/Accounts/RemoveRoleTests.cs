using System.Net;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Accounts;

/// <summary>An admin removes a role after a confirmation page; their own admin role cannot be removed.</summary>
[Collection(PortalCollection.Name)]
public sealed class RemoveRoleTests(PortalFactory factory)
{
    [Fact]
    public async Task RemoveRole_ThroughConfirmation_RemovesOnlyThatMembership()
    {
        var admin = factory.Browser();
        await admin.SignInAsync("admin@shanxi.example.com");
        var email = $"reviewer-{Guid.NewGuid():N}"[..20] + "@shanxi.example.com";
        using (var created = await admin.PostFormAsync("/shanxi/admin/users/new", "/shanxi/admin/users/new", new Dictionary<string, string>
        {
            ["Email"] = email, ["DisplayName"] = "临时专家", ["Role"] = "Reviewer", ["InitialPassword"] = "a-long-initial-password",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }
        var membershipId = (Guid)(await factory.ScalarAsync(
            "SELECT m.id FROM tenant_memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1", email))!;
        var before = await factory.CountAsync("SELECT count(*) FROM tenant_memberships");

        var confirm = await admin.GetPageAsync($"/shanxi/admin/users/{membershipId}/remove");
        Assert.Contains(email, confirm.Text());
        Assert.Equal(before, await factory.CountAsync("SELECT count(*) FROM tenant_memberships")); // the GET changes nothing

        using var removed = await admin.PostFormAsync($"/shanxi/admin/users/{membershipId}/remove", $"/shanxi/admin/users/{membershipId}/remove", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(before - 1, await factory.CountAsync("SELECT count(*) FROM tenant_memberships"));
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM users WHERE email = $1", email)); // the account stays
    }

    [Fact]
    public async Task RemoveRole_OwnAdminRole_IsRefused()
    {
        var admin = factory.Browser();
        await admin.SignInAsync("admin@shanxi.example.com");
        var own = (Guid)(await factory.ScalarAsync(
            "SELECT m.id FROM tenant_memberships m JOIN users u ON u.id = m.user_id JOIN associations a ON a.id = m.tenant_id WHERE u.email = $1 AND a.identifier = 'shanxi' AND m.role = 'Admin'",
            "admin@shanxi.example.com"))!;
        using var response = await admin.PostFormAsync($"/shanxi/admin/users/{own}/remove", $"/shanxi/admin/users/{own}/remove", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await admin.GetPageAsync("/shanxi/admin/users");
        Assert.Contains("不能移除自己的管理员角色", list.Text());
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM tenant_memberships WHERE id = $1", own));
    }
}
