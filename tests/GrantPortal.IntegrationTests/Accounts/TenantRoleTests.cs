using System.Net;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Accounts;

/// <summary>Roles are held per association: an admin of one association is nobody in another.</summary>
[Collection(PortalCollection.Name)]
public sealed class TenantRoleTests(PortalFactory factory)
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task AdminUsers_Anonymous_RedirectsToLogin()
    {
        using var response = await factory.Browser().GetAsync("/xinjiang/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?ReturnUrl=%2Fxinjiang%2Fadmin%2Fusers", response.LocationPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminUsers_StaffOfSameAssociation_IsForbidden()
    {
        var client = await SignedInAsync(DemoAccounts.Email("xinjiang", "staff"));

        var (url, status, body) = await client.FollowAsync("/xinjiang/admin/users");

        Assert.StartsWith("/account/denied", url, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("没有访问权限", Html.Parse(body).Text());
    }

    [Fact]
    public async Task AdminUsers_AdminOfSameAssociation_ListsItsAccounts()
    {
        var client = await SignedInAsync(DemoAccounts.Email("xinjiang", "admin"));

        var page = await client.GetPageAsync("/xinjiang/admin/users");

        Assert.Contains(DemoAccounts.Email("xinjiang", "staff"), page.Text());
        Assert.DoesNotContain(DemoAccounts.Email("guangxi", "admin"), page.Text());
    }

    [Fact]
    public async Task AdminUsers_AdminOfAnotherAssociation_IsForbidden()
    {
        var client = await SignedInAsync(DemoAccounts.Email("xinjiang", "admin"));

        var (url, status, _) = await client.FollowAsync("/guangxi/admin/users");

        Assert.StartsWith("/account/denied", url, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Home_ExpertInAllFour_ListsFourAssociationsUnderMine()
    {
        var client = factory.Browser();
        using (var login = await client.PostFormAsync("/account/login", "/account/login",
            new Dictionary<string, string> { ["Email"] = DemoAccounts.SharedExpertEmail, ["Password"] = DemoAccounts.Password }))
        {
            Assert.Equal("/", login.LocationPath()); // roles in several associations: the choice is on the home page
        }

        var page = await client.GetPageAsync("/");

        var heading = page.QuerySelectorAll("h2").Single(h => h.TextContent.Trim() == "我的科协");
        var items = heading.NextElementSibling!.QuerySelectorAll("li").ToList();
        Assert.Equal(["/guangxi", "/hunan", "/shanxi", "/xinjiang"], items.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.All(items, li => Assert.Contains("评审专家", li.TextContent));
    }
}
