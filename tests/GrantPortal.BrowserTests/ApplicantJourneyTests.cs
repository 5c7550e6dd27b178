using System.Text.RegularExpressions;
using GrantPortal.BrowserTests.Support;
using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Forms;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GrantPortal.BrowserTests;

/// <summary>
/// An applicant, in Chromium: finds the category under 可申报项目, starts an application (prefilled from the
/// organisation's profile), types, and the autosave keeps it across a reload; the check page lists what is missing;
/// once complete it is submitted and the receipt carries its number and the time.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ApplicantJourneyTests(BrowserPortal portal, ITestOutputHelper output)
{
    private async Task<string> PublishCallAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync("hunan"))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var code = "HN-" + Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();
        var call = new GrantCall(association.Id, 2030, "2030年度学会学术活动资助 " + code, DateTimeOffset.UtcNow);
        call.Schedule(null, BeijingTime.At(new DateOnly(2030, 6, 30), new TimeOnly(18, 0)), false, null, null, null);
        var category = call.AddCategory(null, code, "学术活动");
        category.SetFunding(500000m, Quota.Range(1, 10), AmountRule.Range(20000m, 50000m), false);
        category.AddFormVersion(new FormSchema
        {
            Title = "学术活动申报书",
            Sections =
            [
                new FormSection
                {
                    Key = "basic", Title = "基本信息",
                    Fields =
                    [
                        new FormField { Key = FormKeys.ProjectName, Label = "项目名称", Required = true },
                        new FormField { Key = "applicantName", Label = "申报单位", Required = true, Prefill = "name" },
                        new FormField { Key = "content", Label = "活动内容", Type = FieldType.LongText, MaxLength = 500, Required = true },
                        new FormField { Key = FormKeys.RequestedAmount, Label = "申请经费（元）", Type = FieldType.Money, Required = true },
                    ],
                },
            ],
        }, DateTimeOffset.UtcNow);
        call.Publish(DateTimeOffset.UtcNow);
        var outcome = await scope.ServiceProvider.GetRequiredService<CallEditor>().CreateAsync(call, new CallEditAuthor(null, "test"), "call.create", "浏览器测试");
        Assert.Equal(CallEditStatus.Saved, outcome.Status);
        return code;
    }

    private async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(BrowserPortal.ScreenshotDirectory, name);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine("screenshot: " + path);
    }

    [Fact]
    public async Task Applicant_starts_fills_with_autosave_checks_submits_and_gets_a_receipt()
    {
        var code = await PublishCallAsync();
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("邮箱").FillAsync("applicant@hunan.example.com");
        await page.GetByLabel("密码").FillAsync(DemoAccounts.Password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await page.Locator(".site-header").GetByRole(AriaRole.Link, new() { Name = "可申报项目" }).ClickAsync();
        var card = page.Locator("main").Locator("section, article, li, div.card").Filter(new() { HasText = code }).Last;
        await card.GetByRole(AriaRole.Button, new() { Name = "开始申报" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/hunan/my/applications/[0-9a-f-]+$"));
        var application = page.Url;

        // Prefilled from the organisation; typed text is autosaved and survives a reload.
        await Assertions.Expect(page.Locator("[name='v.applicantName']")).Not.ToHaveValueAsync("");
        await page.Locator("[name='v.projectName']").FillAsync("湘江青年学者学术沙龙");
        await Assertions.Expect(page.Locator("[data-autosave-status]")).ToContainTextAsync("已自动保存", new() { Timeout = 15000 });
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[name='v.projectName']")).ToHaveValueAsync("湘江青年学者学术沙龙");

        // The check page lists what is missing, each linking to its field.
        await page.GetByRole(AriaRole.Link, new() { Name = "检查并提交" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("活动内容");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "确认提交" })).ToHaveCountAsync(0);

        await page.GotoAsync(application);
        await page.Locator("[name='v.content']").FillAsync("邀请省内高校青年学者围绕新材料与智能制造开展学术交流，形成研讨纪要。");
        await page.Locator("[name='v.requestedAmount']").FillAsync("30000");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "保存" }).First.ClickAsync();
        await ScreenshotAsync(page, "hunan-applicant-form.png");
        await page.GetByRole(AriaRole.Link, new() { Name = "检查并提交" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/receipt$"));
        await Assertions.Expect(page.Locator("#number")).ToHaveTextAsync($"HN-{code}-0001");
        await Assertions.Expect(page.Locator("#submitted-at")).ToContainTextAsync("北京时间");
        await ScreenshotAsync(page, "hunan-applicant-receipt.png");

        await page.Locator(".site-header").GetByRole(AriaRole.Link, new() { Name = "我的申报" }).ClickAsync();
        await Assertions.Expect(page.Locator("main tbody tr").Filter(new() { HasText = "湘江青年学者学术沙龙" })).ToContainTextAsync("已提交");
        await page.Context.CloseAsync();
    }
}
