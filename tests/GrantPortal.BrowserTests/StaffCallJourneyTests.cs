using System.Text.RegularExpressions;
using GrantPortal.BrowserTests.Support;
using GrantPortal.Infrastructure.Seeding;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GrantPortal.BrowserTests;

/// <summary>
/// A staff member builds a call nobody has seen before, in Chromium, through the real forms: a draft with an 18:00
/// Beijing deadline, one category of two tiers (2 × 10万 + 5 × 6万 within 50万, the running total updating as she
/// types), a form with a budget table, the preview, publication, and the public page showing it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StaffCallJourneyTests(BrowserPortal portal, ITestOutputHelper output)
{
    private async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(BrowserPortal.ScreenshotDirectory, name);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine("screenshot: " + path);
    }

    private static ILocator Id(IPage page, string id) => page.Locator($"[id='{id}']");

    [Fact]
    public async Task Staff_builds_a_call_with_two_tiers_and_a_budget_form_publishes_it_and_the_public_page_shows_it()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("邮箱").FillAsync("staff@shanxi.example.com");
        await page.GetByLabel("密码").FillAsync(DemoAccounts.Password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.Locator(".site-header").GetByRole(AriaRole.Link, new() { Name = "通知管理" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/shanxi/staff/calls$"));

        // A new draft.
        await page.GetByRole(AriaRole.Link, new() { Name = "新建通知" }).ClickAsync();
        var title = $"2027年度学会学术交流项目申报通知 {Guid.NewGuid().ToString("N")[..6]}";
        await Id(page, "Year").FillAsync("2027");
        await Id(page, "Title").FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
        var overview = page.Url;

        // Deadline: 30 June 2027, 18:00 Beijing time, and it reads so afterwards.
        await page.GetByRole(AriaRole.Link, new() { Name = "时间安排", Exact = true }).ClickAsync();
        await page.Locator("input[name='Deadline.Kind'][value=minute]").CheckAsync();
        await Id(page, "Deadline.At").FillAsync("2027-06-30T18:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("2027-06-30 18:00");

        // The category tree: one category of two tiers.
        await page.GotoAsync(overview + "/tree");
        await page.GetByRole(AriaRole.Link, new() { Name = "添加顶级类别" }).ClickAsync();
        await Id(page, "Code").FillAsync("XS-2027");
        await Id(page, "Name").FillAsync("学术交流活动");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }).ClickAsync();
        await Id(page, "BudgetCap").FillAsync("500000");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToBeVisibleAsync();

        await AddTierAsync(page, overview, "XS-2027-1", "省级以上学术会议", "100000", "2");
        await AddTierAsync(page, overview, "XS-2027-2", "省内学术交流", "60000", "5", typeToSeeTheTotal: true);

        // With both tiers in place the category takes its quota of 7: one more tier-2 project would break the cap.
        await page.GotoAsync(overview + "/tree");
        await page.Locator("main table tbody tr").Filter(new() { HasText = "学术交流活动" }).First.GetByRole(AriaRole.Link, new() { Name = "编辑" }).ClickAsync();
        await page.Locator("input[name=QuotaKind][value=Exact]").CheckAsync();
        await Id(page, "QuotaExact").FillAsync("7");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToBeVisibleAsync();

        await page.GotoAsync(overview + "/tree");
        var rows = page.Locator("main table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("50万元");
        await Assertions.Expect(page.Locator("main .violation, main .flag")).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "shanxi-staff-category-tree.png");

        // The form, on the category applicants apply to: a budget table with matching funds and totals.
        await rows.Nth(0).GetByRole(AriaRole.Link, new() { Name = "无" }).ClickAsync();
        await Id(page, "Title").FillAsync("学术交流项目申报书");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建" }).ClickAsync();
        await Id(page, "NewSection").FillAsync("一、基本信息");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加部分" }).ClickAsync();
        await AddFieldAsync(page, "ShortText", "项目名称");
        await page.Locator("select[name=type]").First.SelectOptionAsync("Table");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加字段" }).First.ClickAsync();
        await Id(page, "Label").FillAsync("经费预算表");
        await page.GetByRole(AriaRole.Button, new() { Name = "经费预算" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Columns input[value^='配套']")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存字段" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("经费预算表");
        await ScreenshotAsync(page, "shanxi-staff-form-builder.png");

        // The preview is the form as applicants will see it: the budget table adds its rows up.
        await page.GetByRole(AriaRole.Link, new() { Name = "预览（申报单位看到的样子）" }).ClickAsync();
        var table = page.Locator("main table").First;
        var amounts = table.Locator("tbody input[type=number]");
        await amounts.Nth(0).FillAsync("30000");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "添加一行" }).First.ClickAsync();
        await table.Locator("tbody tr").Nth(1).Locator("input[type=number]").First.FillAsync("12500.50");
        await Assertions.Expect(table.Locator("tfoot")).ToContainTextAsync("42,500.50");
        await ScreenshotAsync(page, "shanxi-staff-form-preview.png");

        // Publish, and the public page lists it as open with the tiers.
        await page.GotoAsync(overview);
        await page.GetByRole(AriaRole.Link, new() { Name = "发布", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确认发布" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("已发布");

        await page.GotoAsync("/shanxi");
        var call = page.Locator(".call").Filter(new() { HasText = title });
        await Assertions.Expect(call).ToHaveCountAsync(1);
        await Assertions.Expect(call).ToContainTextAsync("申报中");
        await Assertions.Expect(call).ToContainTextAsync("学术交流活动");
        await Assertions.Expect(call).ToContainTextAsync("2027-06-30 18:00");
        await ScreenshotAsync(page, "shanxi-public-with-new-call.png");
        await page.Context.CloseAsync();
    }

    private static async Task AddTierAsync(IPage page, string overview, string code, string name, string amount, string quota, bool typeToSeeTheTotal = false)
    {
        await page.GotoAsync(overview + "/tree");
        await page.Locator("main table tbody tr").Filter(new() { HasText = "XS-2027" }).First.GetByRole(AriaRole.Link, new() { Name = "添加下级类别" }).ClickAsync();
        await Id(page, "Code").FillAsync(code);
        await Id(page, "Name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }).ClickAsync();
        await page.Locator("input[name=AmountKind][value=Fixed]").CheckAsync();
        await Id(page, "AmountFixed").FillAsync(amount);
        await page.Locator("input[name=QuotaKind][value=Exact]").CheckAsync();
        await Id(page, "QuotaExact").FillAsync(quota);
        if (typeToSeeTheTotal)
        {
            // The running total follows the typing, before any save: 5 × 6万元 = 30万元, then 6 × 6万元 = 36万元.
            await Assertions.Expect(page.Locator("#funding-totals")).ToContainTextAsync("30万元");
            await Id(page, "QuotaExact").FillAsync("6");
            await Assertions.Expect(page.Locator("#funding-totals")).ToContainTextAsync("36万元");
            await Id(page, "QuotaExact").FillAsync(quota);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToBeVisibleAsync();
    }

    private static async Task AddFieldAsync(IPage page, string type, string label)
    {
        await page.Locator("select[name=type]").First.SelectOptionAsync(type);
        await page.GetByRole(AriaRole.Button, new() { Name = "添加字段" }).First.ClickAsync();
        await Id(page, "Label").FillAsync(label);
        await page.Locator("input[name=Required]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存字段" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(label);
    }
}
