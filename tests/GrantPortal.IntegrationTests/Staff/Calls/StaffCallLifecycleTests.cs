using System.Net;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Staff.Calls;

/// <summary>Publishing (refused while problems remain), closing early and reopening with a recorded reason, copying to the next year.</summary>
[Collection(PortalCollection.Name)]
public sealed class StaffCallLifecycleTests(PortalFactory factory)
{
    private const string Calls = StaffCallSteps.Calls;

    [Fact]
    public async Task Publish_IsRefusedWithProblems_ThenAllowedForACompleteCall()
    {
        var staff = await factory.StaffAsync();
        var empty = await factory.CreateDraftAsync(staff, StaffCallSteps.Unique("发布测试空"));
        var confirm = await staff.GetPageAsync($"{Calls}/{empty}/publish");
        Assert.Contains("至少需要一个项目类别", confirm.GetElementById("problems")!.TextContent, StringComparison.Ordinal);
        Assert.True(confirm.QuerySelector($"form[action='{Calls}/{empty}/publish'] button[type=submit]")!.HasAttribute("disabled"));
        using (var refused = await staff.PostFormAsync($"{Calls}/{empty}/publish", $"{Calls}/{empty}/publish", new Dictionary<string, string> { ["Revision"] = "1" }))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("至少需要一个项目类别", Html.Parse(await refused.Content.ReadAsStringAsync()).GetElementById("publish-error")!.TextContent, StringComparison.Ordinal);
        }
        Assert.Equal("Draft", await factory.ScalarAsync("SELECT status FROM grant_calls WHERE id = $1", empty));

        var id = await factory.ImportOwnCallAsync(staff, StaffCallSteps.Unique("发布测试"));
        var page = $"{Calls}/{id}/publish";
        var ready = await staff.GetPageAsync(page);
        Assert.Null(ready.GetElementById("problems"));
        using var published = await staff.PostFormAsync(page, page, new Dictionary<string, string> { ["Revision"] = await staff.RevisionOnAsync(page) });

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal("Published", await factory.ScalarAsync("SELECT status FROM grant_calls WHERE id = $1", id));
        Assert.Equal(1L, await factory.CountAsync("SELECT count(*) FROM call_audit_entries WHERE call_id = $1 AND action = 'call.publish'", id));
        Assert.NotNull((await staff.GetPageAsync($"{Calls}/{id}")).GetElementById("published-note"));
    }

    [Fact]
    public async Task CloseEarly_AndReopen_RecordTheirReasons()
    {
        var staff = await factory.StaffAsync();
        var id = await factory.ImportOwnCallAsync(staff, StaffCallSteps.Unique("截止测试"));
        var deadline = DateTimeOffset.UtcNow.AddYears(1).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        using (var scheduled = await staff.ScheduleAsync(id, deadline)) { Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode); }
        var publish = $"{Calls}/{id}/publish";
        using (var published = await staff.PostFormAsync(publish, publish, new Dictionary<string, string> { ["Revision"] = await staff.RevisionOnAsync(publish) }))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var close = $"{Calls}/{id}/close";
        using (var noReason = await staff.PostFormAsync(close, close, new Dictionary<string, string> { ["Revision"] = await staff.RevisionOnAsync(close), ["Reason"] = " " }))
        {
            Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
            Assert.NotNull(Html.Parse(await noReason.Content.ReadAsStringAsync()).FieldError("Reason"));
        }
        using (var closed = await staff.PostFormAsync(close, close, new Dictionary<string, string> { ["Revision"] = await staff.RevisionOnAsync(close), ["Reason"] = "经费调整，提前截止" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        }
        Assert.NotNull(await factory.ScalarAsync("SELECT closed_at FROM grant_calls WHERE id = $1", id));
        Assert.Equal("经费调整，提前截止", await factory.ScalarAsync("SELECT reason FROM call_audit_entries WHERE call_id = $1 AND action = 'call.close'", id));

        var reopen = $"{Calls}/{id}/reopen";
        using (var reopened = await staff.PostFormAsync(reopen, reopen, new Dictionary<string, string>
        {
            ["Revision"] = await staff.RevisionOnAsync(reopen), ["Reason"] = "误操作，恢复申报", ["Deadline.Kind"] = "none",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        }
        Assert.Null(await factory.ScalarAsync("SELECT closed_at FROM grant_calls WHERE id = $1", id));
        Assert.Equal("误操作，恢复申报", await factory.ScalarAsync("SELECT reason FROM call_audit_entries WHERE call_id = $1 AND action = 'call.reopen'", id));
        var history = (await staff.GetPageAsync($"{Calls}/{id}/history")).Text();
        Assert.Contains("经费调整，提前截止", history, StringComparison.Ordinal);
        Assert.Contains("误操作，恢复申报", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Copy_CreatesNextYearsDraft_WithTheTreeAndShiftedCodes()
    {
        var staff = await factory.StaffAsync();
        var title = StaffCallSteps.Unique("复制测试");
        var source = await factory.ImportOwnCallAsync(staff, title);
        var page = $"{Calls}/{source}/copy";
        Assert.Contains("2026", (await staff.GetPageAsync(page)).Text(), StringComparison.Ordinal);

        using var response = await staff.PostFormAsync(page, page, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var copy = await factory.CallIdAsync(CallCopier.ShiftYear(title, 2025, 2026), 2026);
        Assert.Equal($"{Calls}/{copy}", response.LocationPath());
        Assert.Equal(2026, await factory.ScalarAsync("SELECT year FROM grant_calls WHERE id = $1", copy));
        Assert.Equal("Draft", await factory.ScalarAsync("SELECT status FROM grant_calls WHERE id = $1", copy));
        var sourceNodes = await factory.CountAsync("SELECT count(*) FROM grant_categories WHERE call_id = $1", source);
        Assert.True(sourceNodes > 0);
        Assert.Equal(sourceNodes, await factory.CountAsync("SELECT count(*) FROM grant_categories WHERE call_id = $1", copy));
        Assert.Equal(0L, await factory.CountAsync("SELECT count(*) FROM grant_categories WHERE call_id = $1 AND code LIKE '%2025%'", copy));
        Assert.Equal(1L, await factory.CountAsync("SELECT count(*) FROM call_audit_entries WHERE call_id = $1 AND action = 'call.copy'", copy));

        using var again = await staff.PostFormAsync(page, page, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("已有同名通知", Html.Parse(await again.Content.ReadAsStringAsync()).GetElementById("copy-error")!.TextContent, StringComparison.Ordinal);
    }
}
