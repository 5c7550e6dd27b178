using System.Globalization;
using System.Text.RegularExpressions;
using GrantPortal.BrowserTests.Support;
using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GrantPortal.BrowserTests;

/// <summary>
/// After submission, in Chromium: staff pass three applications through the formal check (one on its own page, the
/// other two in bulk), set a panel of two technical experts and confirm the automatic assignment; the two experts
/// linked to demo accounts (reviewer@shanxi and the shared expert@example.com) each score all three on the score sheet;
/// and the ranking lists the applications by their mean score, with every score in.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewJourneyTests(BrowserPortal portal, ITestOutputHelper output)
{
    private const string Tenant = "shanxi";
    private const string Reviewer = "reviewer@shanxi.example.com";

    /// <summary>Weighted totals per expert and application (index into the setup's applications).</summary>
    private static readonly IReadOnlyDictionary<string, int[]> Totals = new Dictionary<string, int[]>(StringComparer.Ordinal)
    {
        [Reviewer] = [90, 70, 80],
        [DemoAccounts.SharedExpertEmail] = [86, 66, 76],
    };

    private async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(BrowserPortal.ScreenshotDirectory, name);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine("screenshot: " + path);
    }

    /// <summary>
    /// Marks every expert of the tenant's pool unavailable except the two linked to the demo accounts, so the automatic
    /// assignment can only choose those; returns their names and the ids of the experts it changed (to restore).
    /// </summary>
    private async Task<(Dictionary<string, string> Names, List<Guid> Paused)> KeepOnlyTheDemoExpertsAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(Tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var experts = await db.Experts.ToListAsync();
        var linked = experts.Where(e => e.Email is { } email && Totals.ContainsKey(email)).ToList();
        Assert.Equal(2, linked.Count);
        // Both demo experts are technical experts (ExpertSeeder): a panel of 2 technical experts needs exactly them.
        Assert.All(linked, e => Assert.Equal(ExpertType.Technical, e.Type));
        Assert.All(linked, e => Assert.True(e.Available));
        var paused = new List<Guid>();
        foreach (var expert in experts.Except(linked).Where(e => e.Available))
        {
            SetAvailable(expert, false);
            paused.Add(expert.Id);
        }
        await db.SaveChangesAsync();
        return (linked.ToDictionary(e => e.Email!, e => e.Name, StringComparer.Ordinal), paused);
    }

    private async Task RestoreAsync(List<Guid> paused)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(Tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        foreach (var expert in await db.Experts.Where(e => paused.Contains(e.Id)).ToListAsync())
        {
            SetAvailable(expert, true);
        }
        await db.SaveChangesAsync();
    }

    private static void SetAvailable(Expert expert, bool available) => expert.Update(
        expert.Name, expert.Organization, expert.Type, expert.Fields, expert.Keywords, expert.RelatedOrganizations,
        expert.Email, expert.Phone, available, expert.MaxAssignments);

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

    [Fact]
    public async Task Staff_check_and_assign_two_experts_score_blind_and_the_ranking_orders_by_mean_score()
    {
        var setup = await SubmittedApplications.CreateAsync(portal, Tenant, 3);
        var (names, paused) = await KeepOnlyTheDemoExpertsAsync();
        try
        {
            var page = await portal.NewPageAsync();
            page.Dialog += (_, dialog) => dialog.AcceptAsync();
            var call = $"/{Tenant}/staff/calls/{setup.CallId}";

            // Formal check: the first application on its own page, the other two in bulk.
            await SignInAsync(page, $"staff@{Tenant}.example.com");
            await page.GotoAsync(call);
            await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "形式审查", Exact = true }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/formal-check$"));
            await Assertions.Expect(page.Locator("#tab-pending")).ToContainTextAsync("(3)");
            await ScreenshotAsync(page, "shanxi-staff-formal-check-queue.png");

            var first = setup.Applications[0];
            await page.Locator($"tr[data-application='{first.ApplicationId}']").GetByRole(AriaRole.Link, new() { Name = first.Title }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(first.Title);
            var manual = page.Locator("#decision-form input[name=Ticked]");
            for (var i = 0; i < await manual.CountAsync(); i++)
            {
                await manual.Nth(i).CheckAsync();
            }
            await page.Locator("#decision-form input[name=Outcome][value=Passed]").CheckAsync();
            await page.Locator("#Reasons").FillAsync("材料齐全，符合申报要求。");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交审查结论" }).ClickAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"{first.Number} 已通过形式审查，进入专家评审");
            await Assertions.Expect(page.Locator("#tab-pending")).ToContainTextAsync("(2)");

            await page.GetByRole(AriaRole.Button, new() { Name = "批量通过全部无需注意项的申报书" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("确认批量通过");
            await Assertions.Expect(page.Locator("#will-pass li")).ToHaveCountAsync(2);
            if (await page.Locator("#confirmed").CountAsync() > 0)
            {
                await page.Locator("#confirmed").CheckAsync();
            }
            await page.GetByRole(AriaRole.Button, new() { Name = "确认通过 2 份" }).ClickAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("已批量通过 2 份申报书");
            await Assertions.Expect(page.Locator("#tab-pending")).ToContainTextAsync("(0)");
            await Assertions.Expect(page.Locator("#tab-passed")).ToContainTextAsync("(3)");

            // The panel: two technical experts per application, due in two weeks; preview, then confirm.
            await page.GotoAsync(call);
            await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "评审组与专家分配" }).ClickAsync();
            var panel = page.Locator("form.panel-form").First;
            await panel.Locator("input[name=Technical]").FillAsync("2");
            await panel.Locator("input[name=Financial]").FillAsync("0");
            await panel.Locator("input[name=Management]").FillAsync("0");
            var due = DateTime.UtcNow.AddHours(8).Date.AddDays(14);
            await panel.Locator("input[name=DueAt]").FillAsync(due.ToString("yyyy-MM-dd'T'18:00", CultureInfo.InvariantCulture));
            await panel.GetByRole(AriaRole.Button, new() { Name = "设置评审组" }).ClickAsync();
            await Assertions.Expect(page.Locator("main .notice").First).ToContainTextAsync($"已保存 {setup.Code} 的评审组");
            await Assertions.Expect(page.Locator("#applications tbody tr")).ToHaveCountAsync(3);

            await page.GetByRole(AriaRole.Link, new() { Name = "预览自动分配" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("预览自动分配");
            var planned = page.Locator("#planned tbody tr");
            await Assertions.Expect(planned).ToHaveCountAsync(6);
            await Assertions.Expect(page.Locator("#gaps")).ToHaveCountAsync(0);
            foreach (var name in names.Values)
            {
                await Assertions.Expect(planned.Filter(new() { HasText = name })).ToHaveCountAsync(3);
            }
            await ScreenshotAsync(page, "shanxi-staff-assignment-preview.png");
            await page.GetByRole(AriaRole.Button, new() { Name = "确认分配" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/panels$"));
            await Assertions.Expect(page.Locator("main .notice").First).ToContainTextAsync("已自动分配 6 个评审任务；仍有 0 个空缺");
            await Assertions.Expect(page.Locator("#applications .gap")).ToHaveCountAsync(0);
            await SignOutAsync(page);

            // Each expert scores the three applications.
            foreach (var (email, totals) in Totals)
            {
                await SignInAsync(page, email);
                await page.GotoAsync($"/{Tenant}");
                await page.Locator(".site-header").GetByRole(AriaRole.Link, new() { Name = "我的评审任务" }).ClickAsync();
                await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/{Tenant}/review$"));
                var section = page.Locator("main section.card").Filter(new() { HasText = setup.Code });
                await Assertions.Expect(section.Locator("tbody tr")).ToHaveCountAsync(3);
                await Assertions.Expect(section.Locator("tbody tr").Filter(new() { HasText = "待评审" })).ToHaveCountAsync(3);

                for (var i = 0; i < setup.Applications.Count; i++)
                {
                    var application = setup.Applications[i];
                    await page.GotoAsync($"/{Tenant}/review");
                    var row = page.Locator("main section.card tbody tr").Filter(new() { HasText = application.Number });
                    await row.GetByRole(AriaRole.Link, new() { Name = application.Title }).ClickAsync();
                    await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(application.Title);
                    await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"第{i + 1}个项目的内容");
                    await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "评分", Exact = true }).ClickAsync();
                    await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("评分表");
                    await FillScoreSheetAsync(page, totals[i]);
                    if (i == 0)
                    {
                        await ScreenshotAsync(page, $"shanxi-review-score-sheet-{email.Split('@')[0]}.png");
                    }
                    await page.GetByRole(AriaRole.Button, new() { Name = "提交评分" }).ClickAsync();
                    await Assertions.Expect(page.Locator("#submitted-heading")).ToHaveTextAsync("我的评分（已提交）");
                    await Assertions.Expect(page.Locator("main .notice").First).ToContainTextAsync("评分已提交");
                    await Assertions.Expect(page.Locator(".submitted-sheet .total")).ToHaveTextAsync(Points(totals[i]));
                }

                await page.GotoAsync($"/{Tenant}/review");
                await Assertions.Expect(section.Locator("tbody tr").Filter(new() { HasText = "已提交评分" })).ToHaveCountAsync(3);
                await SignOutAsync(page);
            }

            // The ranking: every score in, the three applications by mean score.
            await SignInAsync(page, $"staff@{Tenant}.example.com");
            await page.GotoAsync(call);
            await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "评审排序" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/ranking$"));
            var progress = page.Locator("#progress tbody tr").Filter(new() { HasText = setup.Code });
            await Assertions.Expect(progress).ToContainTextAsync("6 / 6");
            await Assertions.Expect(progress).ToContainTextAsync("已完成");

            var means = Enumerable.Range(0, setup.Applications.Count)
                .Select(i => (Application: setup.Applications[i], Mean: Totals.Values.Average(t => (decimal)t[i])))
                .OrderByDescending(x => x.Mean)
                .ToList();
            Assert.Equal(new[] { setup.Applications[0], setup.Applications[2], setup.Applications[1] }, means.Select(m => m.Application).ToArray());
            var lines = page.Locator($"[id='group-{setup.Code}'] table.ranking tbody tr");
            await Assertions.Expect(lines).ToHaveCountAsync(3);
            for (var rank = 0; rank < means.Count; rank++)
            {
                var line = lines.Nth(rank);
                await Assertions.Expect(line).ToHaveAttributeAsync("data-number", means[rank].Application.Number);
                await Assertions.Expect(line.Locator("td.rank")).ToHaveTextAsync((rank + 1).ToString(CultureInfo.InvariantCulture));
                await Assertions.Expect(line.Locator("td.mean")).ToHaveTextAsync(means[rank].Mean.ToString("0.00", CultureInfo.InvariantCulture));
                await Assertions.Expect(line.Locator(".tag")).ToHaveCountAsync(2);
            }
            await ScreenshotAsync(page, "shanxi-staff-ranking.png");
            await page.Context.CloseAsync();
        }
        finally
        {
            await RestoreAsync(paused);
        }
    }

    /// <summary>
    /// Every criterion at the same share of its maximum, so the weighted total (maxima equal weights in the default
    /// form, but the arithmetic does not rely on it) is <paramref name="total"/>; a recommendation, the requested
    /// amount, a comment long enough, and the confirmation.
    /// </summary>
    private static async Task FillScoreSheetAsync(IPage page, int total)
    {
        var inputs = page.Locator("form.score-sheet input.points");
        var count = await inputs.CountAsync();
        Assert.True(count > 0);
        for (var i = 0; i < count; i++)
        {
            var input = inputs.Nth(i);
            var max = decimal.Parse((await input.GetAttributeAsync("data-max"))!, CultureInfo.InvariantCulture);
            var points = Math.Round(max * total / 100m, 1);
            Assert.Equal(max * total / 100m, points);
            await input.FillAsync(points.ToString("0.#", CultureInfo.InvariantCulture));
        }
        await Assertions.Expect(page.Locator("#score-total")).ToHaveTextAsync(Points(total));
        await page.Locator("#Recommendation").SelectOptionAsync(total >= 75 ? nameof(ReviewRecommendation.Support) : nameof(ReviewRecommendation.SupportWithChanges));
        await page.Locator("#SuggestedAmount").FillAsync("30000");
        await page.Locator("#Comment").FillAsync(
            "项目选题紧扣学科发展需求，实施方案目标明确、内容具体、措施可行，进度安排合理；经费预算与任务基本匹配，符合开支范围。申报单位组织实施能力较强，以往项目完成情况良好，预期成效明显，建议按评分结果予以考虑。");
        await page.Locator("#Confirmed").CheckAsync();
    }

    private static string Points(int total) => total.ToString("0.00", CultureInfo.InvariantCulture);
}
