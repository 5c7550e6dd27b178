using System.Net;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Staff.Calls;

/// <summary>Staff create a draft, edit its notice and schedule; every save is audited, a stale page never overwrites.</summary>
[Collection(PortalCollection.Name)]
public sealed class StaffCallEditTests(PortalFactory factory)
{
    private const string Calls = StaffCallSteps.Calls;

    [Fact]
    public async Task New_CreatesDraft_WithAuditEntry_AndListsIt()
    {
        var staff = await factory.StaffAsync();
        var title = StaffCallSteps.Unique("新建通知测试");

        var id = await factory.CreateDraftAsync(staff, title);

        Assert.Equal("Draft", await factory.ScalarAsync("SELECT status FROM grant_calls WHERE id = $1", id));
        Assert.Equal(1, await factory.ScalarAsync("SELECT revision FROM grant_calls WHERE id = $1", id));
        Assert.Equal("staff@xinjiang.example.com", await factory.ScalarAsync("SELECT user_name FROM call_audit_entries WHERE call_id = $1 AND action = 'call.create'", id));
        var list = await staff.GetPageAsync(Calls);
        var row = list.QuerySelector($"tr[data-call='{id}']")!;
        Assert.Contains(title, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("草稿", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("staff@xinjiang.example.com", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_DuplicateYearAndTitle_IsRefusedNextToTheTitle()
    {
        var staff = await factory.StaffAsync();
        var title = StaffCallSteps.Unique("重复标题测试");
        await factory.CreateDraftAsync(staff, title);

        using var response = await staff.PostFormAsync($"{Calls}/new", $"{Calls}/new", new Dictionary<string, string> { ["Year"] = "2040", ["Title"] = title });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("已有同名通知", page.FieldError("Title"), StringComparison.Ordinal);
        Assert.Equal(1L, await factory.CountAsync("SELECT count(*) FROM grant_calls WHERE title = $1", title));
    }

    [Fact]
    public async Task Details_Edit_IsSavedAndAuditedWithBeforeAndAfter()
    {
        var staff = await factory.StaffAsync();
        var title = StaffCallSteps.Unique("基本信息测试");
        var id = await factory.CreateDraftAsync(staff, title);
        var page = $"{Calls}/{id}/details";

        using var response = await staff.PostFormAsync(page, page, new Dictionary<string, string>
        {
            ["Revision"] = "1", ["Year"] = "2040", ["Title"] = title, ["DocumentNumber"] = "新科协发〔2040〕1号", ["IssuedBy"] = "新疆科协", ["IssuedOn"] = "2040-03-01", ["NoticeText"] = "新正文",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{Calls}/{id}", response.LocationPath());
        Assert.Equal("新科协发〔2040〕1号", await factory.ScalarAsync("SELECT document_number FROM grant_calls WHERE id = $1", id));
        var changes = (string)(await factory.ScalarAsync("SELECT changes::text FROM call_audit_entries WHERE call_id = $1 AND revision = 2", id))!;
        Assert.Contains("documentNumber", changes, StringComparison.Ordinal);
        Assert.Contains("新正文", changes, StringComparison.Ordinal);
        var history = await staff.GetPageAsync($"{Calls}/{id}/history");
        var entry = history.GetElementById("revision-2")!;
        Assert.Contains("修改基本信息", entry.TextContent, StringComparison.Ordinal);
        var notice = entry.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("noticeText", StringComparison.Ordinal));
        Assert.Contains("正文", notice.QuerySelector("td.before")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("新正文", notice.QuerySelector("td.before")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("新正文", notice.QuerySelector("td.after")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_FromAStaleRevision_ShowsTheOthersChange_AndOverwritesNothing()
    {
        var staff = await factory.StaffAsync();
        var colleague = await factory.StaffAsync();
        var title = StaffCallSteps.Unique("冲突测试");
        var id = await factory.CreateDraftAsync(staff, title);
        var page = $"{Calls}/{id}/details";
        Dictionary<string, string> Fields(string number) => new() { ["Revision"] = "1", ["Year"] = "2040", ["Title"] = title, ["DocumentNumber"] = number, ["NoticeText"] = "正文" };
        using (var first = await colleague.PostFormAsync(page, page, Fields("同事的文号")))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var stale = await staff.PostFormAsync(page, page, Fields("我的文号"));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var html = Html.Parse(await stale.Content.ReadAsStringAsync());
        Assert.Contains("同事的文号", html.GetElementById("conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("我的文号", html.GetElementById("DocumentNumber")!.GetAttribute("value"));
        Assert.Equal("同事的文号", await factory.ScalarAsync("SELECT document_number FROM grant_calls WHERE id = $1", id));
        Assert.Equal(2, await factory.ScalarAsync("SELECT revision FROM grant_calls WHERE id = $1", id));
    }

    [Fact]
    public async Task Schedule_IsEnteredAndShownInBeijingTime_StoredInUtc()
    {
        var staff = await factory.StaffAsync();
        var id = await factory.CreateDraftAsync(staff, StaffCallSteps.Unique("时间测试"), 2027);

        using var response = await staff.ScheduleAsync(id, "2027-05-10T18:00");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = (DateTime)(await factory.ScalarAsync("SELECT submission_deadline FROM grant_calls WHERE id = $1", id))!;
        Assert.Equal(new DateTime(2027, 5, 10, 10, 0, 0, DateTimeKind.Utc), stored.ToUniversalTime());
        var page = await staff.GetPageAsync($"{Calls}/{id}/schedule");
        Assert.Contains("2027-05-10 18:00", page.GetElementById("current-deadline")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2027-05-10T18:00", page.GetElementById("Deadline.At")!.GetAttribute("value"));
        Assert.Contains("2027-05-10 18:00", (await staff.GetPageAsync($"{Calls}/{id}")).GetElementById("deadline")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_EndOfDayDeadline_AndBadInput()
    {
        var staff = await factory.StaffAsync();
        var id = await factory.CreateDraftAsync(staff, StaffCallSteps.Unique("日期截止测试"), 2027);
        var page = $"{Calls}/{id}/schedule";

        using (var bad = await staff.PostFormAsync(page, page, new Dictionary<string, string>
        {
            ["Revision"] = "1", ["OpensAt"] = "2027-06-01T09:00", ["Deadline.Kind"] = "day", ["Deadline.Day"] = "2027-05-31",
            ["Completion.Kind"] = "workdays", ["Acceptance.Kind"] = "none",
        }))
        {
            Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
            var html = Html.Parse(await bad.Content.ReadAsStringAsync());
            Assert.NotNull(html.FieldError("OpensAt"));
            Assert.NotNull(html.FieldError("Completion.Count"));
            Assert.NotNull(html.FieldError("Completion.Event"));
            Assert.Equal(1, await factory.ScalarAsync("SELECT revision FROM grant_calls WHERE id = $1", id));
        }
        using var good = await staff.PostFormAsync(page, page, new Dictionary<string, string>
        {
            ["Revision"] = "1", ["Deadline.Kind"] = "day", ["Deadline.Day"] = "2027-05-31",
            ["Completion.Kind"] = "months", ["Completion.Count"] = "12", ["Completion.Event"] = "Approval", ["Acceptance.Kind"] = "none",
        });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var stored = (DateTime)(await factory.ScalarAsync("SELECT submission_deadline FROM grant_calls WHERE id = $1", id))!;
        Assert.Equal(new DateTime(2027, 5, 31, 16, 0, 0, DateTimeKind.Utc), stored.ToUniversalTime());
        Assert.Contains("2027-05-31 24:00", (await staff.GetPageAsync(page)).GetElementById("current-deadline")!.TextContent, StringComparison.Ordinal);

        // The invariants refuse a completion date before the closing day: the message is shown and nothing changes.
        using var refused = await staff.PostFormAsync(page, page, new Dictionary<string, string>
        {
            ["Revision"] = "2", ["Deadline.Kind"] = "day", ["Deadline.Day"] = "2027-05-31",
            ["Completion.Kind"] = "date", ["Completion.Date"] = "2027-01-01", ["Acceptance.Kind"] = "none",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = Html.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("完成时限 2027-01-01", refusedPage.QuerySelector(".alert")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await factory.ScalarAsync("SELECT revision FROM grant_calls WHERE id = $1", id));
    }

    [Fact]
    public async Task Applicant_IsDenied_AndAnotherTenantsCall_Is404()
    {
        var applicant = factory.Browser();
        await applicant.SignInAsync("applicant@xinjiang.example.com");
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.FollowAsync(Calls)).Status);

        var staff = await factory.StaffAsync();
        var id = await factory.CreateDraftAsync(staff, StaffCallSteps.Unique("租户隔离测试"));
        var guangxi = await factory.StaffAsync("guangxi");
        await guangxi.GetPageAsync($"/guangxi/staff/calls/{id}", HttpStatusCode.NotFound);
        await guangxi.GetPageAsync($"/guangxi/staff/calls/{id}/details", HttpStatusCode.NotFound);
        await guangxi.GetPageAsync($"/guangxi/staff/calls/{id}/export", HttpStatusCode.NotFound);
        Assert.DoesNotContain(id.ToString(), (await guangxi.GetPageAsync("/guangxi/staff/calls")).Body!.InnerHtml, StringComparison.Ordinal);
    }
}
