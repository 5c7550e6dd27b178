using System.Text.RegularExpressions;
using GrantPortal.BrowserTests.Support;
using GrantPortal.Domain.Organizations;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GrantPortal.BrowserTests;

/// <summary>
/// A society registers with Guangxi through the real form: a mistyped credit code is caught next to its field with
/// everything else kept, the corrected form registers it, and the new user lands signed in on the association's home.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ApplicantRegistrationJourneyTests(BrowserPortal portal, ITestOutputHelper output)
{
    [Fact]
    public async Task Society_registers_after_correcting_its_credit_code_and_lands_signed_in()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/guangxi");
        await page.Locator(".site-header").GetByRole(AriaRole.Link, new() { Name = "申报单位注册" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(RegisterPage());

        var suffix = Guid.NewGuid().ToString("N")[..6];
        var body = "51450000MJ" + string.Concat(suffix.Select(c => "0123456789ABCDEFGHJKLMNPQRTUWXY"[c % 31])).PadRight(7, '0')[..7];
        var valid = body + UnifiedSocialCreditCode.CheckCharacter(body);
        var wrong = body + (valid[^1] == '0' ? '1' : '0');
        var email = $"secretary-{suffix}@example.com";

        await page.GetByLabel("单位名称").FillAsync($"广西测试学会{suffix}");
        await page.GetByLabel("单位类型").SelectOptionAsync("Society");
        await page.GetByLabel("统一社会信用代码").FillAsync(wrong);
        await page.GetByLabel("联系人姓名").FillAsync("韦秘书");
        await page.GetByLabel("联系电话").FillAsync("0771-2630981");
        await page.GetByLabel("联系人邮箱").FillAsync(email);
        await page.GetByLabel("您的姓名").FillAsync("韦秘书");
        await page.GetByLabel("登录邮箱").FillAsync(email);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("a sentence I remember 2026");
        await page.GetByLabel("确认密码").FillAsync("a sentence I remember 2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "注册" }).ClickAsync();

        await Assertions.Expect(page.Locator("#CreditCode-error")).ToContainTextAsync("统一社会信用代码不正确");
        await Assertions.Expect(page.GetByLabel("统一社会信用代码")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("单位名称")).ToHaveValueAsync($"广西测试学会{suffix}"); // nothing typed is lost
        var path = Path.Combine(BrowserPortal.ScreenshotDirectory, "guangxi-register-error.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine("screenshot: " + path);

        await page.GetByLabel("统一社会信用代码").FillAsync(valid);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("a sentence I remember 2026");
        await page.GetByLabel("确认密码").FillAsync("a sentence I remember 2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "注册" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(GuangxiHome());
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync($"广西测试学会{suffix}");
        await Assertions.Expect(page.Locator(".site-header .who")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("/guangxi/register$")]
    private static partial Regex RegisterPage();

    [GeneratedRegex("/guangxi/?$")]
    private static partial Regex GuangxiHome();
}
