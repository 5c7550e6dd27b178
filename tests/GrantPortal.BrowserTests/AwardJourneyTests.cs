using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GrantPortal.BrowserTests.Support;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Reviews;
using GrantPortal.Domain.Reviews.Ranking;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Identity;
using GrantPortal.Infrastructure.Reviews.Ranking;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GrantPortal.BrowserTests;

/// <summary>
/// Issue 7, in Chromium: from the confirmed panel decision, staff publish the public notice (立项公示), which anyone sees
/// listed as 公示中; once the period is over (moved into the past in the database: the browser portal has no test
/// clock) staff finalise (立项) and the awards appear; staff pay tranche 1 (60%); the applicant submits the mid-term
/// report, staff pass it and pay tranche 2 (30%); the applicant submits the acceptance materials (the default
/// checklist: report, photos, sign-in sheet), staff accept and pay tranche 3 (10%): the award is 已结项 and fully paid.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AwardJourneyTests(BrowserPortal portal, ITestOutputHelper output)
{
    private const string Tenant = "xinjiang";
    private const string Staff = "staff@xinjiang.example.com";

    /// <summary>A 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(BrowserPortal.ScreenshotDirectory, name);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine("screenshot: " + path);
    }

    private async Task<AsyncServiceScope> TenantScopeAsync()
    {
        var scope = portal.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(Tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        return scope;
    }

    /// <summary>
    /// The call (60/30/10), its two applications scored by one expert each (as ReviewedCall does), the panel decision
    /// started from the allocation and confirmed (both approved at 3万), and an applicant for the first organisation.
    /// </summary>
    private async Task<(SubmittedApplications.Setup Setup, string Applicant)> ArrangeAsync()
    {
        var setup = await SubmittedApplications.CreateAsync(portal, Tenant, 2, configure: (call, category) => call.SetRules(
            null, call.Submission,
            [new(60m, DisbursementMilestone.OnApproval), new(30m, DisbursementMilestone.MidTermEvaluation), new(10m, DisbursementMilestone.Acceptance)],
            call.Review, call.Eligibility, call.SpendingRules, call.Debarments, call.Contacts, call.Notes));

        await using (var scope = await TenantScopeAsync())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var tenantId = scope.ServiceProvider.GetRequiredService<TenantContext>().Association!.Id;
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE grant_applications SET status = 'ExpertReview' WHERE call_id = {setup.CallId}");
            var now = DateTimeOffset.UtcNow;
            var expert = new Expert(tenantId, $"专家{setup.Code}", "某大学", ExpertType.Technical, now);
            db.Experts.Add(expert);
            decimal[] totals = [90m, 80m];
            for (var i = 0; i < setup.Applications.Count; i++)
            {
                var id = setup.Applications[i].ApplicationId;
                var application = await db.Applications.SingleAsync(a => a.Id == id);
                var assignment = new ReviewAssignment(application, expert, false, null, now);
                assignment.MarkSubmitted(now);
                db.ReviewAssignments.Add(assignment);
                db.ReviewScores.Add(new ReviewScore(
                    assignment, new Dictionary<string, decimal> { ["total"] = totals[i] }, totals[i], "意见", ReviewRecommendation.Support, null, now));
            }
            await db.SaveChangesAsync();
        }

        await using (var scope = await TenantScopeAsync())
        {
            var decisions = scope.ServiceProvider.GetRequiredService<DecisionService>();
            var author = new CallEditAuthor(null, "测试");
            Assert.Equal(DecisionOutcomeStatus.Saved, (await decisions.StartAsync(setup.CallId, RankingOptions.Default, author)).Status);
        }
        await using (var scope = await TenantScopeAsync())
        {
            var decisions = scope.ServiceProvider.GetRequiredService<DecisionService>();
            var outcome = await decisions.ConfirmAsync(setup.CallId, 1, new CallEditAuthor(null, "测试"));
            Assert.True(outcome.Status == DecisionOutcomeStatus.Saved, outcome.Error?.Message);
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var decision = await db.PanelDecisions.Include(d => d.Lines).AsNoTracking().SingleAsync(d => d.CallId == setup.CallId);
            Assert.True(decision.IsConfirmed);
            Assert.Equal(2, decision.Approved.Count());
        }

        await using (var scope = await TenantScopeAsync())
        {
            var tenantId = scope.ServiceProvider.GetRequiredService<TenantContext>().Association!.Id;
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var email = $"award-{Guid.NewGuid():N}@example.com";
            var user = PortalUser.Create(email, "立项测试", DateTimeOffset.UtcNow, emailConfirmed: true);
            Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Memberships.Add(new TenantMembership(tenantId, user.Id, PortalRole.Applicant, setup.Applications[0].OrganizationId, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            return (setup, email);
        }
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("邮箱").FillAsync(email);
        await page.GetByLabel("密码").FillAsync(DemoAccounts.Password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.Locator(".site-header .who")).ToBeVisibleAsync();
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.Locator(".site-header").GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await Assertions.Expect(page.Locator(".site-header").GetByRole(AriaRole.Link, new() { Name = "登录" })).ToBeVisibleAsync();
    }

    /// <summary>On the award page: registers the payment of tranche <paramref name="number"/> (today, voucher PZ-…).</summary>
    private static async Task PayAsync(IPage page, string awardUrl, int number, string amount)
    {
        await page.GotoAsync(awardUrl);
        var row = page.Locator($"#tranches tbody tr[data-number='{number}']");
        await Assertions.Expect(row.Locator("td.status")).ToHaveTextAsync("待拨付");
        await Assertions.Expect(row.Locator("td.num").Nth(1)).ToHaveTextAsync(amount);
        var form = page.Locator("form.pay").Filter(new() { Has = page.Locator($"input[name=Number][value='{number}']") });
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await form.Locator("input[name=PaidOn]").FillAsync(today);
        await form.Locator("input[name=VoucherNumber]").FillAsync($"PZ-2030-00{number}");
        await form.GetByRole(AriaRole.Button, new() { Name = $"登记第 {number} 期拨付" }).ClickAsync();
        await Assertions.Expect(page.Locator("main .notice").First).ToContainTextAsync($"已登记第 {number} 期拨付");
        await Assertions.Expect(row.Locator("td.status")).ToHaveTextAsync("已拨付");
        await Assertions.Expect(row).ToContainTextAsync($"PZ-2030-00{number}");
    }

    private static string Repeat(string text, int minimum)
    {
        var builder = new StringBuilder();
        while (builder.Length < minimum)
        {
            builder.Append(text);
        }
        return builder.ToString();
    }

    [Fact]
    public async Task From_the_public_notice_to_the_final_payment_and_acceptance()
    {
        var (setup, applicantEmail) = await ArrangeAsync();
        var first = setup.Applications[0];

        var staff = await portal.NewPageAsync();
        staff.Dialog += (_, dialog) => dialog.AcceptAsync();
        await SignInAsync(staff, Staff);

        // 1. Publish the notice from the confirmed decision.
        await staff.GotoAsync($"/{Tenant}/staff/calls/{setup.CallId}/notice");
        await Assertions.Expect(staff.Locator("#preview tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(staff.Locator("#closes-at")).ToBeVisibleAsync();
        await staff.Locator("#Text").FillAsync("经评审，拟立项以下项目，现予公示。");
        await staff.Locator("#WorkingDays").FillAsync("5");
        await ScreenshotAsync(staff, "xinjiang-staff-notice-publish.png");
        await staff.Locator("#publish").GetByRole(AriaRole.Button, new() { Name = "发布公示" }).ClickAsync();
        await Assertions.Expect(staff).ToHaveURLAsync(new Regex($"/{Tenant}/staff/notices/[0-9a-f-]{{36}}$"));
        await Assertions.Expect(staff.Locator("#notice-status")).ToHaveTextAsync("公示中");
        var noticeId = Guid.Parse(staff.Url.Split('/')[^1]);
        var noticeUrl = $"/{Tenant}/staff/notices/{noticeId}";

        // Anyone (a fresh context, not signed in) sees it listed as 公示中.
        var visitor = await portal.NewPageAsync();
        await visitor.GotoAsync($"/{Tenant}/notices");
        var item = visitor.Locator($"li[data-notice='{noticeId}']");
        await Assertions.Expect(item).ToContainTextAsync("公示中");
        await item.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(visitor.Locator("table.notice-lines tbody tr")).ToHaveCountAsync(2);
        await ScreenshotAsync(visitor, "xinjiang-public-notice.png");
        await visitor.Context.CloseAsync();

        // 2. Time passes: the period is over (moved into the past; no test clock in the browser portal).
        await using (var scope = await TenantScopeAsync())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var changed = await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE public_notices SET published_at = published_at - interval '10 days', closes_at = now() - interval '1 minute' WHERE id = {noticeId}");
            Assert.Equal(1, changed);
        }

        // 立项 (the background finaliser, once a minute, may have been first: then the awards are there already).
        await staff.GotoAsync(noticeUrl);
        var finalise = staff.Locator("#finalise-form").GetByRole(AriaRole.Button, new() { Name = "确认立项" });
        if (await finalise.CountAsync() > 0)
        {
            await finalise.ClickAsync();
            await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("已立项：2 个项目。");
        }
        await Assertions.Expect(staff.Locator("#notice-status")).ToHaveTextAsync("已立项");
        var awardRows = staff.Locator("#awards tbody tr");
        await Assertions.Expect(awardRows).ToHaveCountAsync(2);
        await Assertions.Expect(awardRows.Filter(new() { HasText = first.Number })).ToContainTextAsync("3万元");
        await ScreenshotAsync(staff, "xinjiang-staff-notice-finalised.png");

        Guid awardId;
        await using (var scope = await TenantScopeAsync())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var awards = await db.Awards.AsNoTracking().Where(a => a.CallId == setup.CallId).ToListAsync();
            Assert.Equal(2, awards.Count);
            Assert.All(awards, a => Assert.Equal(noticeId, a.NoticeId));
            awardId = awards.Single(a => a.ApplicationId == first.ApplicationId).Id;
        }
        var awardUrl = $"/{Tenant}/staff/awards/{awardId}";

        // 3. Tranche 1 (60%): due on approval.
        await staff.GotoAsync(awardUrl);
        await Assertions.Expect(staff.Locator("#amount")).ToHaveTextAsync("3万元");
        await Assertions.Expect(staff.Locator("#award-status")).ToHaveTextAsync("执行中");
        await Assertions.Expect(staff.Locator("#tranches tbody tr[data-number='2'] td.status")).ToHaveTextAsync("未到拨付条件");
        await PayAsync(staff, awardUrl, 1, "1.8万元");
        await Assertions.Expect(staff.Locator("#award-ledger [data-figure=paid]")).ToHaveTextAsync("1.8万元");

        // 4. The applicant's mid-term report; staff pass it and pay tranche 2 (30%).
        var applicant = await portal.NewPageAsync();
        applicant.Dialog += (_, dialog) => dialog.AcceptAsync();
        await SignInAsync(applicant, applicantEmail);
        await applicant.GotoAsync($"/{Tenant}/my/awards/{awardId}/midterm");
        await applicant.Locator("#Progress").FillAsync(Repeat("本项目按计划开展学术交流活动，已举办专题报告会两场、科普讲座三场，完成阶段任务。", 520));
        await applicant.Locator("#Spending").FillAsync("已使用经费 1.5 万元，用于场地租赁、专家劳务和资料印刷，均按预算执行。");
        await ScreenshotAsync(applicant, "xinjiang-applicant-midterm.png");
        await applicant.Locator("form.progress-form").GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        await Assertions.Expect(applicant.Locator("main")).ToContainTextAsync("中期报告已提交，请等待评估");

        await staff.GotoAsync(awardUrl + "/midterm");
        var evaluation = staff.Locator("form.progress-form");
        await evaluation.Locator("input[name=Outcome][value=pass]").CheckAsync();
        await evaluation.Locator("#Comment").FillAsync("按计划推进，同意通过中期评估。");
        await evaluation.GetByRole(AriaRole.Button, new() { Name = "提交评估" }).ClickAsync();
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("中期评估通过：中期拨款已可拨付");
        await PayAsync(staff, awardUrl, 2, "0.9万元");
        await Assertions.Expect(staff.Locator("#award-ledger [data-figure=paid]")).ToHaveTextAsync("2.7万元");

        // 5. Acceptance: the default checklist (总结报告 ≥ 2000 characters, 照片, 签到表); staff accept and pay tranche 3.
        var acceptanceUrl = $"/{Tenant}/my/awards/{awardId}/acceptance";
        await applicant.GotoAsync(acceptanceUrl);
        await Assertions.Expect(applicant.Locator("#checklist tbody tr")).ToHaveCountAsync(3);
        var form = applicant.Locator("#acceptance-form");
        await form.Locator("#ActivityEndedOn").FillAsync(DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await form.Locator("#text-0").FillAsync(Repeat("项目全面完成了任务书规定的各项内容，举办学术报告会、科普讲座和青年学者论坛，参与人员广泛，社会反响良好，经费使用规范。", 2100));
        await form.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(applicant.Locator("main")).ToContainTextAsync("已保存");

        await applicant.Locator("#file-1").SetInputFilesAsync(new FilePayload { Name = "活动照片.png", MimeType = "image/png", Buffer = Png });
        await applicant.Locator("#item-1").GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
        await Assertions.Expect(applicant.Locator("#item-1 ul.files li")).ToHaveCountAsync(1);
        await applicant.Locator("#file-2").SetInputFilesAsync(new FilePayload { Name = "签到表.png", MimeType = "image/png", Buffer = Png });
        await applicant.Locator("#item-2").GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
        await Assertions.Expect(applicant.Locator("#item-2 ul.files li")).ToHaveCountAsync(1);
        await Assertions.Expect(applicant.Locator("#checklist tbody tr.done")).ToHaveCountAsync(3);
        await ScreenshotAsync(applicant, "xinjiang-applicant-acceptance.png");
        await applicant.Locator("#submit-form").GetByRole(AriaRole.Button, new() { Name = "提交验收材料" }).ClickAsync();
        await Assertions.Expect(applicant.Locator("main")).ToContainTextAsync("验收材料已提交");
        await applicant.Context.CloseAsync();

        await staff.GotoAsync(awardUrl + "/acceptance");
        var decide = staff.Locator("#decide-form");
        await decide.Locator("input[name=Decision][value=accept]").CheckAsync();
        await decide.Locator("#Comment").FillAsync("材料齐全，同意验收。");
        await decide.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("验收通过：验收后拨付的款项已转为待拨付，项目已结项");
        await PayAsync(staff, awardUrl, 3, "0.3万元");

        // Fully paid and completed; the tranches add up to the award.
        await Assertions.Expect(staff.Locator("#award-status")).ToHaveTextAsync("已结项");
        await Assertions.Expect(staff.Locator("#award-ledger [data-figure=paid]")).ToHaveTextAsync("3万元");
        await Assertions.Expect(staff.Locator("#award-ledger [data-figure=outstanding]")).ToHaveTextAsync("0.00元");
        await Assertions.Expect(staff.Locator("#tranches tbody tr.tranche-paid")).ToHaveCountAsync(3);
        await Assertions.Expect(staff.Locator("#tranches tfoot td.num")).ToHaveTextAsync("3万元");
        await Assertions.Expect(staff.Locator("#journal tbody tr")).ToHaveCountAsync(3);
        await ScreenshotAsync(staff, "xinjiang-staff-award-completed.png");
        await SignOutAsync(staff);
        await staff.Context.CloseAsync();

        await using (var scope = await TenantScopeAsync())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var award = await db.Awards.Include(a => a.Tranches).AsNoTracking().SingleAsync(a => a.Id == awardId);
            Assert.Equal([18000m, 9000m, 3000m], award.Tranches.OrderBy(t => t.Number).Select(t => t.Amount).ToArray());
            Assert.Equal(award.Amount, award.Tranches.Sum(t => t.Amount));
            Assert.Equal(30000m, award.Paid);
        }
    }
}
