using System.Net;
using System.Net.Http.Headers;
using GrantPortal.Domain.Acceptance;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Eligibility;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.EligibilityChecks;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Documents.Scans;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Acceptance;

/// <summary>
/// 验收 end to end: the applicant fills the checklist (short report, too many photos and bad links refused in Chinese,
/// nothing submitted), submits late, staff send it back, it comes again, staff accept (the Acceptance tranche is due,
/// the award completed); a failed acceptance ends in termination, clawback and a debarment later calls honour; other
/// organisations and tenants get 404.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AcceptanceFlowTests(PortalFactory factory)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private static readonly AcceptanceMaterial[] Materials =
    [
        new() { Name = "总结报告", Kind = AcceptanceMaterialKind.Report, MinCharacters = 50 },
        new() { Name = "活动照片", Kind = AcceptanceMaterialKind.Photos, MaxFiles = 20 },
        new() { Name = "新闻报道", Kind = AcceptanceMaterialKind.News },
    ];

    private Task<FundedAwards.Setup> AwardAsync(IReadOnlyList<DebarmentRule>? debarments = null) =>
        FundedAwards.CreateAsync(factory, "xinjiang", 1, configure: (call, category) =>
        {
            category.SetRules(null, null, null, null, DeadlineRule.WorkingDays(10, DeadlineEvent.ActivityEnd, "活动结束后10个工作日内"), Materials);
            if (debarments is not null)
            {
                call.SetRules(null, call.Submission, call.Disbursement, call.Review, call.Eligibility, call.SpendingRules, debarments, call.Contacts, call.Notes);
            }
        });

    private async Task<T> InTenantAsync<T>(string tenant, Func<PortalDbContext, IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), scope.ServiceProvider);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string page, int index, int count)
    {
        var action = $"{page}/items/{index}/files";
        var document = await client.GetPageAsync(page);
        var token = document.QuerySelectorAll("form").First(f => f.GetAttribute("action") == action)
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        for (var i = 0; i < count; i++)
        {
            var file = new ByteArrayContent(Png);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            content.Add(file, "files", $"照片{i + 1}.png");
        }
        return await client.PostAsync(action, content);
    }

    private Task<long> SubmissionsAsync(Guid awardId) => factory.CountAsync("SELECT count(*) FROM acceptance_submissions WHERE award_id = $1", awardId);

    private Task<object?> StatusAsync(Guid awardId) => factory.ScalarAsync("SELECT status FROM acceptance_submissions WHERE award_id = $1", awardId);

    private Task<long> VersionAsync(Guid awardId) => factory.CountAsync("SELECT version::bigint FROM acceptance_submissions WHERE award_id = $1", awardId);

    [Fact]
    public async Task Applicant_FillsAndSubmitsLate_StaffSendBack_Resubmitted_Accepted_AcceptanceTrancheDue_AwardCompleted()
    {
        var setup = await AwardAsync();
        var awardId = setup.AwardIds[0];
        var applicant = factory.Browser();
        await applicant.SignInAsync(await ScanTestSupport.ApplicantAsync(factory, "xinjiang", setup.Call.Applications[0].OrganizationId));
        var page = $"/xinjiang/my/awards/{awardId}/acceptance";
        var first = await applicant.GetPageAsync(page);
        Assert.Equal(3, first.QuerySelectorAll("#checklist tbody tr").Length);
        Assert.Contains("请填写活动（项目）结束日期", first.GetElementById("due")!.TextContent, StringComparison.Ordinal);

        // A bad link refuses the whole save, in Chinese, keeping what was typed; nothing is stored.
        var refused = await applicant.PostFormAsync(page, $"{page}/save", new Dictionary<string, string>
        {
            ["version"] = "0", ["ActivityEndedOn"] = "2025-01-02", ["text-0"] = "太短的报告", ["links-2"] = "javascript:alert(1)",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = Html.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("不是有效的网址", refusedPage.FieldError("links-2"), StringComparison.Ordinal);
        Assert.Equal("太短的报告", refusedPage.GetElementById("text-0")!.TextContent);
        Assert.Equal(0, await SubmissionsAsync(awardId));

        // A too-short report is kept as a draft, marked short; the activity ended long ago (2 January 2025).
        var saved = await applicant.PostFormAsync(page, $"{page}/save", new Dictionary<string, string>
        {
            ["version"] = "0", ["ActivityEndedOn"] = "2025-01-02", ["text-0"] = "太短的报告", ["links-2"] = "https://www.xjkx.org.cn/news/1",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var draft = await applicant.GetPageAsync(page);
        Assert.Contains("字数不足：5 字，至少 50 字", draft.GetElementById("checklist")!.TextContent, StringComparison.Ordinal);
        // 10 working days after 2 January 2025 (New Year's Day is before it): 16 January; long overdue now.
        Assert.Contains("2025-01-16", draft.GetElementById("due")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("已逾期", draft.GetElementById("due")!.TextContent, StringComparison.Ordinal);

        // 21 photos: refused, none stored; then 20 are fine and the 21st is refused.
        var tooMany = await UploadAsync(applicant, page, 1, 21);
        Assert.Equal(HttpStatusCode.OK, tooMany.StatusCode);
        Assert.Contains("最多 20 个文件", Html.Parse(await tooMany.Content.ReadAsStringAsync()).FieldError("file-1"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(applicant, page, 1, 20)).StatusCode);
        var twentyFirst = await UploadAsync(applicant, page, 1, 1);
        Assert.Equal(HttpStatusCode.OK, twentyFirst.StatusCode);
        Assert.Contains("最多 20 个文件", Html.Parse(await twentyFirst.Content.ReadAsStringAsync()).FieldError("file-1"), StringComparison.Ordinal);
        Assert.Equal(20, await factory.CountAsync("SELECT jsonb_array_length(items->1->'files')::bigint FROM acceptance_submissions WHERE award_id = $1", awardId));

        // Submitting with the short report is refused in Chinese; still a draft.
        var version = (await VersionAsync(awardId)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var incomplete = await applicant.PostFormAsync(page, $"{page}/submit", new Dictionary<string, string> { ["version"] = version });
        Assert.Equal(HttpStatusCode.OK, incomplete.StatusCode);
        Assert.Contains("验收材料不完整，不能提交：总结报告", await incomplete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Draft", await StatusAsync(awardId));

        var report = string.Concat(Enumerable.Repeat("本项目按计划完成了学术交流活动。", 5));
        Assert.Equal(HttpStatusCode.Redirect, (await applicant.PostFormAsync(page, $"{page}/save", new Dictionary<string, string>
        {
            ["version"] = version, ["ActivityEndedOn"] = "2025-01-02", ["text-0"] = report, ["links-2"] = "https://www.xjkx.org.cn/news/1",
        })).StatusCode);
        version = (await VersionAsync(awardId)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await applicant.PostFormAsync(page, $"{page}/submit", new Dictionary<string, string> { ["version"] = version })).StatusCode);
        Assert.Equal("Submitted", await StatusAsync(awardId));
        Assert.True(await factory.CountAsync("SELECT days_late::bigint FROM acceptance_submissions WHERE award_id = $1", awardId) > 300);
        Assert.Contains("逾期", (await applicant.GetPageAsync(page)).Text(), StringComparison.Ordinal);

        // Staff send it back with a comment on the report.
        var staff = factory.Browser();
        await staff.SignInAsync("staff@xinjiang.example.com");
        var staffPage = $"/xinjiang/staff/awards/{awardId}/acceptance";
        version = (await VersionAsync(awardId)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var noComment = await staff.PostFormAsync(staffPage, $"{staffPage}/decide", new Dictionary<string, string> { ["Decision"] = "revise", ["Version"] = version });
        Assert.Equal(HttpStatusCode.OK, noComment.StatusCode);
        Assert.Equal("Submitted", await StatusAsync(awardId));
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(staffPage, $"{staffPage}/decide", new Dictionary<string, string>
        {
            ["Decision"] = "revise", ["Version"] = version, ["comment-0"] = "请补充活动成效数据",
        })).StatusCode);
        Assert.Equal("RevisionRequested", await StatusAsync(awardId));
        Assert.Contains("请补充活动成效数据", (await applicant.GetPageAsync(page)).Text(), StringComparison.Ordinal);

        // The applicant revises and submits again.
        version = (await VersionAsync(awardId)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await applicant.PostFormAsync(page, $"{page}/save", new Dictionary<string, string>
        {
            ["version"] = version, ["ActivityEndedOn"] = "2025-01-02", ["text-0"] = report + "参会人数120人。", ["links-2"] = "https://www.xjkx.org.cn/news/1",
        })).StatusCode);
        version = (await VersionAsync(awardId)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await applicant.PostFormAsync(page, $"{page}/submit", new Dictionary<string, string> { ["version"] = version })).StatusCode);
        Assert.Equal("Submitted", await StatusAsync(awardId));

        // Staff see it on the call's worklist and accept.
        var worklist = await staff.GetPageAsync($"/xinjiang/staff/calls/{setup.Call.CallId}/acceptance?show=submitted");
        Assert.Contains(setup.Call.Applications[0].Number, worklist.GetElementById("worklist")!.TextContent, StringComparison.Ordinal);
        var photo = (await staff.GetPageAsync(staffPage)).QuerySelector("#item-1 a")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(photo)).StatusCode);
        version = (await VersionAsync(awardId)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(staffPage, $"{staffPage}/decide", new Dictionary<string, string>
        {
            ["Decision"] = "accept", ["Version"] = version, ["Comment"] = "材料齐全",
        })).StatusCode);
        Assert.Equal("Accepted", await StatusAsync(awardId));
        Assert.Equal("Completed", await factory.ScalarAsync("SELECT status FROM awards WHERE id = $1", awardId));
        Assert.Equal("Due", await factory.ScalarAsync("SELECT status FROM award_tranches WHERE award_id = $1 AND milestone = 'Acceptance'", awardId));
        Assert.Equal("Planned", await factory.ScalarAsync("SELECT status FROM award_tranches WHERE award_id = $1 AND milestone = 'MidTermEvaluation'", awardId));
        var history = (await staff.GetPageAsync(staffPage)).GetElementById("history")!.TextContent;
        Assert.Contains("退回修改", history, StringComparison.Ordinal);
        Assert.Contains("验收通过", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedAcceptance_Terminated_UnpaidCancelled_ToRecoverSet_Debarred_LaterCallRefuses()
    {
        var setup = await AwardAsync([new DebarmentRule(DebarmentReason.NonCompletion, 2, "取消其后两年申报资格")]);
        var awardId = setup.AwardIds[0];
        var organizationId = setup.Call.Applications[0].OrganizationId;
        // The first tranche (60%) is paid; the applicant's materials are submitted.
        await InTenantAsync("xinjiang", async (db, _) =>
        {
            var award = await db.Awards.Include(a => a.Tranches).SingleAsync(a => a.Id == awardId);
            award.RecordPayment(1, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), "PZ-001", award.Version, null, "测试", DateTimeOffset.UtcNow);
            var submission = AcceptanceSubmission.Start(award, AcceptanceChecklist.For(Materials), DateTimeOffset.UtcNow);
            submission.SetText(0, new string('字', 60), DateTimeOffset.UtcNow);
            submission.AddFile(1, new AcceptanceFile(Guid.NewGuid(), "a.png", 10, "image/png"), DateTimeOffset.UtcNow);
            submission.SetLinks(2, ["https://example.org/news"], DateTimeOffset.UtcNow);
            submission.Submit(null, submission.Version, null, "测试", DateTimeOffset.UtcNow);
            db.AcceptanceSubmissions.Add(submission);
            await db.SaveChangesAsync();
            return 0;
        });
        var staff = factory.Browser();
        await staff.SignInAsync("staff@xinjiang.example.com");
        var staffPage = $"/xinjiang/staff/awards/{awardId}/acceptance";
        var version = (await VersionAsync(awardId)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(staffPage, $"{staffPage}/decide", new Dictionary<string, string>
        {
            ["Decision"] = "fail", ["Version"] = version, ["Comment"] = "未完成约定任务",
        })).StatusCode);
        Assert.Equal("Failed", await StatusAsync(awardId));

        // The form proposes recovering everything paid and the call's two years.
        var form = (await staff.GetPageAsync(staffPage)).GetElementById("terminate-form")!;
        Assert.Equal("18000.00", form.QuerySelector("#ToRecover")!.GetAttribute("value"));
        Assert.Equal("2", form.QuerySelector("#Years")!.GetAttribute("value"));
        var awardVersion = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        // Lowering the recovery without a reason is refused; nothing changes.
        var lowered = await staff.PostFormAsync(staffPage, $"{staffPage}/terminate", new Dictionary<string, string>
        {
            ["Ground"] = "AcceptanceFailed", ["Reason"] = "验收不通过", ["ToRecover"] = "10000", ["Debar"] = "true", ["Years"] = "2", ["Version"] = awardVersion,
        });
        Assert.Equal(HttpStatusCode.OK, lowered.StatusCode);
        Assert.Contains("须说明理由", Html.Parse(await lowered.Content.ReadAsStringAsync()).FieldError("RecoveryNote"), StringComparison.Ordinal);
        Assert.Equal("Active", await factory.ScalarAsync("SELECT status FROM awards WHERE id = $1", awardId));

        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(staffPage, $"{staffPage}/terminate", new Dictionary<string, string>
        {
            ["Ground"] = "AcceptanceFailed", ["Reason"] = "验收不通过", ["ToRecover"] = "10000", ["RecoveryNote"] = "部分活动已开展", ["Debar"] = "true", ["Years"] = "2", ["Version"] = awardVersion,
        })).StatusCode);
        Assert.Equal("Terminated", await factory.ScalarAsync("SELECT status FROM awards WHERE id = $1", awardId));
        Assert.Equal(10000m, await factory.ScalarAsync("SELECT to_recover FROM awards WHERE id = $1", awardId));
        Assert.Equal(2, await factory.CountAsync("SELECT count(*) FROM award_tranches WHERE award_id = $1 AND status = 'Cancelled'", awardId));
        Assert.Equal("Paid", await factory.ScalarAsync("SELECT status FROM award_tranches WHERE award_id = $1 AND number = 1", awardId));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var until = await factory.ScalarAsync(
            "SELECT until FROM debarments WHERE organization_id = $1 AND reason = 'NonCompletion' AND lifted_at IS NULL", organizationId);
        Assert.Equal(today.AddYears(2).AddDays(-1), until is DateOnly day ? day : DateOnly.FromDateTime((DateTime)until!));
        var shown = (await staff.GetPageAsync(staffPage)).GetElementById("termination")!.TextContent;
        Assert.Contains("部分活动已开展", shown, StringComparison.Ordinal);
        Assert.Contains(Display(today.AddYears(2).AddDays(-1)), shown, StringComparison.Ordinal);

        // A later call refuses the organisation, in Chinese.
        var later = await SubmittedApplications.CreateAsync(factory, "xinjiang", 0);
        var reasons = await InTenantAsync("xinjiang", async (db, services) =>
        {
            var category = await db.Categories.AsNoTracking().SingleAsync(c => c.Id == later.CategoryId);
            return await services.GetRequiredService<EligibilityService>().CheckAsync(organizationId, category, null);
        });
        var debarred = Assert.Single(reasons, r => r.Code == IneligibilityCode.Debarred);
        Assert.True(debarred.Blocking);
        Assert.Contains("取消申报资格", debarred.Message, StringComparison.Ordinal);

        // A terminated award takes no more materials.
        var applicant = factory.Browser();
        await applicant.SignInAsync(await ScanTestSupport.ApplicantAsync(factory, "xinjiang", organizationId));
        var mine = await applicant.GetPageAsync($"/xinjiang/my/awards/{awardId}/acceptance");
        Assert.NotNull(mine.GetElementById("termination"));
        Assert.Null(mine.GetElementById("acceptance-form"));
    }

    [Fact]
    public async Task NonCompletion_WithoutSubmission_FalsificationDebarsThreeYearsByDefault()
    {
        var setup = await AwardAsync();
        var awardId = setup.AwardIds[0];
        var staff = factory.Browser();
        await staff.SignInAsync("staff@xinjiang.example.com");
        var staffPage = $"/xinjiang/staff/awards/{awardId}/acceptance";
        var form = (await staff.GetPageAsync(staffPage)).GetElementById("terminate-form")!;
        Assert.Equal("3", form.QuerySelector("#Ground")!.GetAttribute("data-years-falsification"));
        Assert.Equal("1", form.QuerySelector("#Years")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(staffPage, $"{staffPage}/terminate", new Dictionary<string, string>
        {
            ["Ground"] = "Falsification", ["Reason"] = "虚报参会人数", ["ToRecover"] = "0", ["Debar"] = "true", ["Years"] = "3",
            ["Version"] = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
        })).StatusCode);
        Assert.Equal(3, await factory.CountAsync("SELECT count(*) FROM award_tranches WHERE award_id = $1 AND status = 'Cancelled'", awardId));
        Assert.Equal(1, await factory.CountAsync(
            "SELECT count(*) FROM debarments WHERE organization_id = $1 AND reason = 'Falsification'", setup.Call.Applications[0].OrganizationId));
    }

    [Fact]
    public async Task OtherOrganisationOrTenant_Is404()
    {
        var setup = await AwardAsync();
        var awardId = setup.AwardIds[0];
        // Xinjiang's demo applicant is another organisation.
        var other = factory.Browser();
        await other.SignInAsync("applicant@xinjiang.example.com");
        var page = $"/xinjiang/my/awards/{awardId}/acceptance";
        await other.GetPageAsync(page, HttpStatusCode.NotFound);
        var token = (await other.GetPageAsync("/xinjiang/my/applications")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var action in new[] { "/save", "/submit", "/items/1/files" })
        {
            using var response = await other.PostAsync(page + action, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        // Guangxi's staff: the award and the call are not theirs.
        var guangxi = factory.Browser();
        await guangxi.SignInAsync("staff@guangxi.example.com");
        await guangxi.GetPageAsync($"/guangxi/staff/awards/{awardId}/acceptance", HttpStatusCode.NotFound);
        await guangxi.GetPageAsync($"/guangxi/staff/calls/{setup.Call.CallId}/acceptance", HttpStatusCode.NotFound);
        var staffToken = (await guangxi.GetPageAsync("/guangxi/staff/debarments")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var action in new[] { "/decide", "/terminate" })
        {
            using var response = await guangxi.PostAsync($"/guangxi/staff/awards/{awardId}/acceptance{action}",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = staffToken }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        Assert.Equal("Active", await factory.ScalarAsync("SELECT status FROM awards WHERE id = $1", awardId));

        // Xinjiang's staff see it; the applicant of the award does too.
        var staff = factory.Browser();
        await staff.SignInAsync("staff@xinjiang.example.com");
        await staff.GetPageAsync($"/xinjiang/staff/awards/{awardId}/acceptance");
        var overview = await staff.GetPageAsync($"/xinjiang/staff/calls/{setup.Call.CallId}");
        Assert.NotNull(overview.QuerySelector($"a[href='/xinjiang/staff/calls/{setup.Call.CallId}/acceptance']"));
        var owner = factory.Browser();
        await owner.SignInAsync(await ScanTestSupport.ApplicantAsync(factory, "xinjiang", setup.Call.Applications[0].OrganizationId));
        await owner.GetPageAsync(page);
    }

    private static string Display(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
