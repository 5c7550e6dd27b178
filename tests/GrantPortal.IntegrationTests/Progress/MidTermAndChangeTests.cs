using System.Net;
using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Progress;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Documents.Scans;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Progress;

/// <summary>
/// 中期评估 and 变更申请 end to end: the applicant writes and submits the report (a short one is refused in Chinese and
/// nothing is submitted), staff return it, the applicant resubmits, staff pass it and the mid-term tranche is due; change
/// requests are submitted, approved (a timing change moves the completion date), refused and withdrawn; another
/// organisation's applicant and another tenant get 404.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class MidTermAndChangeTests(PortalFactory factory)
{
    private static readonly string LongProgress = string.Concat(Enumerable.Repeat("本项目已按计划开展学术交流活动，", 40));

    private async Task<T> InTenantAsync<T>(string tenant, Func<PortalDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        return await read(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    private static Dictionary<string, string> Fields(params (string Key, string Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    [Fact]
    public async Task MidTerm_ShortIsRefused_ReturnedResubmittedPassed_ReleasesTheMidTermTranche()
    {
        var setup = await FundedAwards.CreateAsync(factory, "xinjiang", 1);
        var awardId = setup.AwardIds[0];
        var applicant = factory.Browser();
        await applicant.SignInAsync(await ScanTestSupport.ApplicantAsync(factory, "xinjiang", setup.Call.Applications[0].OrganizationId));
        var url = $"/xinjiang/my/awards/{awardId}/midterm";

        // Too short: a Chinese message, nothing submitted (nothing saved either).
        using (var tooShort = await applicant.PostFormAsync(url, url, Fields(("Progress", "进展顺利"), ("Spending", "已用 1 万元"), ("Revision", "0"), ("Intent", "submit"))))
        {
            Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
            var page = Html.Parse(await tooShort.Content.ReadAsStringAsync());
            Assert.Contains("项目进展情况至少 500 字", page.FieldError("Progress"));
            Assert.Equal("进展顺利", page.GetElementById("Progress")!.TextContent);
        }
        Assert.Null(await InTenantAsync("xinjiang", db => db.MidTermReports.AsNoTracking().SingleOrDefaultAsync(r => r.AwardId == awardId)));

        // A draft, then the submission.
        using (var saved = await applicant.PostFormAsync(url, url, Fields(("Progress", "草稿"), ("Spending", ""), ("Revision", "0"), ("Intent", "save"))))
        {
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, Html.Parse(await saved.Content.ReadAsStringAsync()).QuerySelector(".alert")?.TextContent);
        }
        var revision = (await applicant.GetPageAsync(url)).QuerySelector("input[name=Revision]")!.GetAttribute("value")!;
        using (var submitted = await applicant.PostFormAsync(url, url, Fields(("Progress", LongProgress), ("Spending", "已使用经费 18000 元"), ("Revision", revision), ("Intent", "submit"))))
        {
            Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, Html.Parse(await submitted.Content.ReadAsStringAsync()).QuerySelector(".alert")?.TextContent);
        }
        Assert.Equal("Submitted", (await applicant.GetPageAsync(url)).GetElementById("midterm-status")!.GetAttribute("data-status"));

        // Staff see it on the worklist and return it.
        var staff = factory.Browser();
        await staff.SignInAsync("staff@xinjiang.example.com");
        var worklist = await staff.GetPageAsync($"/xinjiang/staff/calls/{setup.Call.CallId}/progress");
        Assert.Contains($"/xinjiang/staff/awards/{awardId}/midterm", worklist.GetElementById("waiting-reports")!.InnerHtml, StringComparison.Ordinal);
        var staffUrl = $"/xinjiang/staff/awards/{awardId}/midterm";
        var evaluate = staffUrl + "/evaluate";
        string StaffRevision(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector($"form[action='{evaluate}'] input[name=Revision]")!.GetAttribute("value")!;
        var staffPage = await staff.GetPageAsync(staffUrl);
        using (var noComment = await staff.PostFormAsync(staffUrl, evaluate, Fields(("Outcome", "return"), ("Comment", ""), ("Revision", StaffRevision(staffPage)))))
        {
            Assert.Equal(HttpStatusCode.OK, noComment.StatusCode);
            Assert.Equal("退回修改或不通过时请填写意见", Html.Parse(await noComment.Content.ReadAsStringAsync()).FieldError("Comment"));
        }
        using (var returned = await staff.PostFormAsync(staffUrl, evaluate, Fields(("Outcome", "return"), ("Comment", "请补充经费明细"), ("Revision", StaffRevision(staffPage)))))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        // The applicant reads the comment, revises and resubmits.
        var back = await applicant.GetPageAsync(url);
        Assert.Equal("ReturnedForRevision", back.GetElementById("midterm-status")!.GetAttribute("data-status"));
        Assert.Contains("请补充经费明细", back.GetElementById("evaluation-comment")!.TextContent, StringComparison.Ordinal);
        revision = back.QuerySelector("input[name=Revision]")!.GetAttribute("value")!;
        using (var resubmitted = await applicant.PostFormAsync(url, url, Fields(("Progress", LongProgress), ("Spending", "已使用经费 18000 元，明细：会务费 10000 元"), ("Revision", revision), ("Intent", "submit"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        }

        // Staff pass it: the mid-term tranche is due.
        staffPage = await staff.GetPageAsync(staffUrl);
        using (var passed = await staff.PostFormAsync(staffUrl, evaluate, Fields(("Outcome", "pass"), ("Comment", "同意"), ("Revision", StaffRevision(staffPage)))))
        {
            Assert.Equal(HttpStatusCode.Redirect, passed.StatusCode);
        }
        var award = await InTenantAsync("xinjiang", db => db.Awards.AsNoTracking().Include(a => a.Tranches).SingleAsync(a => a.Id == awardId));
        Assert.Equal(TrancheStatus.Due, award.Tranches.Single(t => t.Milestone == Domain.Calls.DisbursementMilestone.MidTermEvaluation).Status);
        Assert.Equal(TrancheStatus.Planned, award.Tranches.Single(t => t.Milestone == Domain.Calls.DisbursementMilestone.Acceptance).Status);
        var report = await InTenantAsync("xinjiang", db => db.MidTermReports.AsNoTracking().Include(r => r.History).SingleAsync(r => r.AwardId == awardId));
        Assert.Equal(MidTermStatus.Passed, report.Status);
        Assert.Equal([MidTermAction.Submitted, MidTermAction.Returned, MidTermAction.Submitted, MidTermAction.Passed], report.History.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => e.Action));
        Assert.Equal("staff@xinjiang.example.com", report.History.Single(e => e.Action == MidTermAction.Passed).UserName);

        // The applicant was told.
        var notified = await InTenantAsync("xinjiang", db => db.Notifications.AsNoTracking().CountAsync(n => n.Link == url));
        Assert.Equal(2, notified);
    }

    [Fact]
    public async Task ChangeRequests_SubmittedApprovedRefusedWithdrawn_OnePendingAtATime()
    {
        var setup = await FundedAwards.CreateAsync(factory, "xinjiang", 1);
        var awardId = setup.AwardIds[0];
        var applicant = factory.Browser();
        await applicant.SignInAsync(await ScanTestSupport.ApplicantAsync(factory, "xinjiang", setup.Call.Applications[0].OrganizationId));
        var url = $"/xinjiang/my/awards/{awardId}/changes";
        var newUrl = url + "/new";
        var staff = factory.Browser();
        await staff.SignInAsync("staff@xinjiang.example.com");
        var staffUrl = $"/xinjiang/staff/awards/{awardId}/changes";

        async Task<ChangeRequest> PendingAsync() =>
            await InTenantAsync("xinjiang", db => db.ChangeRequests.AsNoTracking().SingleAsync(r => r.AwardId == awardId && r.Status == ChangeRequestStatus.Pending));

        // A timing change without the date is refused in Chinese.
        using (var noDate = await applicant.PostFormAsync(newUrl, newUrl, Fields(("Kind", "Timing"), ("From", "2026-10-31"), ("To", ""), ("NewCompletionDate", ""), ("Reason", "场地推迟"))))
        {
            Assert.Equal(HttpStatusCode.OK, noDate.StatusCode);
            Assert.Equal("实施时间变更请填写新的完成日期", Html.Parse(await noDate.Content.ReadAsStringAsync()).FieldError("NewCompletionDate"));
        }
        var newDate = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1);
        using (var timing = await applicant.PostFormAsync(newUrl, newUrl, Fields(("Kind", "Timing"), ("From", "按通知规定"), ("To", ""), ("NewCompletionDate", newDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("Reason", "场地推迟"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, timing.StatusCode);
        }
        // A second one while the first is pending: refused.
        var listed = await applicant.GetPageAsync(url);
        Assert.NotNull(listed.GetElementById("pending"));
        Assert.Null(listed.GetElementById("new-request"));
        using (var second = await applicant.PostFormAsync(newUrl, newUrl, Fields(("Kind", "Content"), ("From", "三场"), ("To", "两场"), ("Reason", "调整"))))
        {
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Contains("已有一项待审核的变更申请", (await second.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        // Staff approve it: the completion date moves.
        var first = await PendingAsync();
        using (var approved = await staff.PostFormAsync(staffUrl, $"{staffUrl}/{first.Id}/decide", Fields(("Decision", "approve"), ("Comment", "同意延期"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }
        var expected = newDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(expected, (await applicant.GetPageAsync(url)).GetElementById("current-completion")!.TextContent, StringComparison.Ordinal);

        // A content change, refused (a comment is required to refuse).
        using (var content = await applicant.PostFormAsync(newUrl, newUrl, Fields(("Kind", "Content"), ("From", "三场讲座"), ("To", "两场讲座和一次展览"), ("Reason", "场地调整"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, content.StatusCode);
        }
        var second2 = await PendingAsync();
        using (var noComment = await staff.PostFormAsync(staffUrl, $"{staffUrl}/{second2.Id}/decide", Fields(("Decision", "refuse"), ("Comment", ""))))
        {
            Assert.Equal("不予批准时请填写审核意见", Html.Parse(await noComment.Content.ReadAsStringAsync()).FieldError("Comment"));
        }
        using (var refused = await staff.PostFormAsync(staffUrl, $"{staffUrl}/{second2.Id}/decide", Fields(("Decision", "refuse"), ("Comment", "展览不属于资助范围"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        }

        // A third, withdrawn by the applicant.
        using (var person = await applicant.PostFormAsync(newUrl, newUrl, Fields(("Kind", "PersonInCharge"), ("From", "张三"), ("To", "李四"), ("Reason", "工作调动"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, person.StatusCode);
        }
        var third = await PendingAsync();
        using (var withdrawn = await applicant.PostFormAsync(url, $"{url}/{third.Id}/withdraw", Fields()))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }

        var all = await InTenantAsync("xinjiang", db => db.ChangeRequests.AsNoTracking().Where(r => r.AwardId == awardId).OrderBy(r => r.Number).ToListAsync());
        Assert.Equal([ChangeRequestStatus.Approved, ChangeRequestStatus.Refused, ChangeRequestStatus.Withdrawn], all.Select(r => r.Status));
        Assert.Equal("展览不属于资助范围", all[1].DecisionComment);
        Assert.Equal("staff@xinjiang.example.com", all[0].DecidedByName);
        var staffPage = await staff.GetPageAsync(staffUrl);
        Assert.Contains(expected, staffPage.GetElementById("current-completion")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherOrganisationsApplicant_AndAnotherTenant_Get404()
    {
        var setup = await FundedAwards.CreateAsync(factory, "xinjiang", 2);
        var awardId = setup.AwardIds[0];
        var other = factory.Browser();
        await other.SignInAsync(await ScanTestSupport.ApplicantAsync(factory, "xinjiang", setup.Call.Applications[1].OrganizationId));
        await other.GetPageAsync($"/xinjiang/my/awards/{awardId}/midterm", HttpStatusCode.NotFound);
        await other.GetPageAsync($"/xinjiang/my/awards/{awardId}/changes", HttpStatusCode.NotFound);
        await other.GetPageAsync($"/xinjiang/my/awards/{awardId}/changes/new", HttpStatusCode.NotFound);
        // Its own award answers.
        await other.GetPageAsync($"/xinjiang/my/awards/{setup.AwardIds[1]}/midterm");

        var guangxiStaff = factory.Browser();
        await guangxiStaff.SignInAsync("staff@guangxi.example.com");
        await guangxiStaff.GetPageAsync($"/guangxi/staff/awards/{awardId}/midterm", HttpStatusCode.NotFound);
        await guangxiStaff.GetPageAsync($"/guangxi/staff/awards/{awardId}/changes", HttpStatusCode.NotFound);
        await guangxiStaff.GetPageAsync($"/guangxi/staff/calls/{setup.Call.CallId}/progress", HttpStatusCode.NotFound);
        var token = (await guangxiStaff.GetPageAsync("/guangxi/staff/debarments")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = await guangxiStaff.PostAsync($"/guangxi/staff/awards/{awardId}/midterm/evaluate",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Outcome"] = "pass" }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        var xinjiangStaff = factory.Browser();
        await xinjiangStaff.SignInAsync("staff@xinjiang.example.com");
        await xinjiangStaff.GetPageAsync($"/xinjiang/staff/awards/{awardId}/midterm");
        await xinjiangStaff.GetPageAsync($"/xinjiang/staff/awards/{awardId}/changes");
        Assert.Contains("/progress", (await xinjiangStaff.GetPageAsync($"/xinjiang/staff/calls/{setup.Call.CallId}")).QuerySelector(".workbench")!.InnerHtml, StringComparison.Ordinal);
    }
}
