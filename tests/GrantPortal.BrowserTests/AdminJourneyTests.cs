using System.Text.RegularExpressions;
using GrantPortal.BrowserTests.Support;
using GrantPortal.Infrastructure.Seeding;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GrantPortal.BrowserTests;

/// <summary>An association admin, through the real forms: sign in, add a staff account, see it listed, sign out.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AdminJourneyTests(BrowserPortal portal, ITestOutputHelper output)
{
    [Fact]
    public async Task Admin_signs_in_adds_a_staff_account_sees_it_listed_and_signs_out()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("邮箱").FillAsync("admin@hunan.example.com");
        await page.GetByLabel("密码").FillAsync(DemoAccounts.Password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(HunanHome());
        await Assertions.Expect(page.Locator(".site-header .who")).ToBeVisibleAsync();

        await page.Locator(".site-header").GetByRole(AriaRole.Link, new() { Name = "账户管理" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(UsersPage());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("账户管理");

        await page.GetByRole(AriaRole.Link, new() { Name = "添加工作人员、评审专家或管理员" }).ClickAsync();
        var email = $"staff-{Guid.NewGuid().ToString("N")[..8]}@hunan.example.com";
        await page.Locator("#Email").FillAsync(email);
        await page.Locator("#DisplayName").FillAsync("李晓梅");
        await page.Locator("#Role").SelectOptionAsync("Staff");
        await page.Locator("#InitialPassword").FillAsync("Staff-Initial-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(UsersPage());
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync(email);
        var row = page.Locator("main table tbody tr").Filter(new() { HasText = email });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("李晓梅");
        await Assertions.Expect(row).ToContainTextAsync("科协工作人员");
        var path = Path.Combine(BrowserPortal.ScreenshotDirectory, "hunan-admin-users.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine("screenshot: " + path);

        await page.Locator(".site-header").GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await Assertions.Expect(page.Locator(".site-header").GetByRole(AriaRole.Link, new() { Name = "登录" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".site-header .who")).ToHaveCountAsync(0);

        // Signed out means signed out: the accounts page now asks for a sign-in again.
        await page.GotoAsync("/hunan/admin/users");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("/hunan/?$")]
    private static partial Regex HunanHome();

    [GeneratedRegex("/hunan/admin/users$")]
    private static partial Regex UsersPage();
}
