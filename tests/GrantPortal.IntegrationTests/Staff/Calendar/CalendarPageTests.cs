using System.Net;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Staff.Calendar;

/// <summary>
/// The shared national calendar as staff read and correct it. Edits use future years only (2031, 2032), so the tests
/// relying on the seeded years are unaffected.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CalendarPageTests(PortalFactory factory)
{
    [Fact]
    public async Task View_SeededYear_ListsItsDaysByHoliday_WithCountsAndTheYears()
    {
        var client = factory.Browser();
        await client.SignInAsync("staff@guangxi.example.com");

        var page = await client.GetPageAsync("/guangxi/staff/calendar?year=2026");

        var text = page.Text();
        Assert.Contains("所有科协共用", text, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("tr.group td"), td => td.TextContent.Contains("春节", StringComparison.Ordinal));
        var saturday = page.QuerySelectorAll("table.calendar tr").Single(tr => tr.TextContent.Contains("2026-02-14", StringComparison.Ordinal));
        Assert.Contains("星期六", saturday.TextContent, StringComparison.Ordinal);
        Assert.Contains("调休上班", saturday.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/guangxi/staff/calendar?year=2025']"));
        Assert.Matches(@"放假 \d+ 天", text);
    }

    [Fact]
    public async Task Edit_FutureYear_SavesTheDays_LogsEachChange_AndTheCalculatorUsesThemAtOnce()
    {
        var client = factory.Browser();
        await client.SignInAsync("staff@xinjiang.example.com");
        // Before: 2031-01-01 (a Wednesday) is simply the next working day.
        var before = await client.GetPageAsync("/xinjiang/staff/calendar?year=2031&from=2030-12-31&days=1");
        Assert.Contains("2031-01-01", before.GetElementById("calculator-result")!.TextContent, StringComparison.Ordinal);

        using (var saved = await client.PostFormAsync("/xinjiang/staff/calendar/2031", "/xinjiang/staff/calendar/2031", new Dictionary<string, string>
        {
            ["Text"] = "2031-01-01 放假 元旦\n2031-01-02 放假 元旦\n2031-01-03 holiday 元旦\n2031-01-04 调休 元旦\n",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal("/xinjiang/staff/calendar?year=2031", saved.LocationPath());
        }
        Assert.Equal(4, await factory.CountAsync("SELECT count(*) FROM calendar_days WHERE date >= '2031-01-01' AND date < '2032-01-01'"));
        Assert.Equal(4, await factory.CountAsync(
            "SELECT count(*) FROM calendar_changes WHERE date >= '2031-01-01' AND date < '2032-01-01' AND user_name = 'staff@xinjiang.example.com' AND association = 'xinjiang'"));

        // 01-01..01-03 are off, Saturday 01-04 is worked.
        var after = await client.GetPageAsync("/xinjiang/staff/calendar?year=2031&from=2030-12-31&days=1");
        Assert.Contains("2031-01-04", after.GetElementById("calculator-result")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("staff@xinjiang.example.com", after.GetElementById("changes")!.TextContent, StringComparison.Ordinal);

        // The editor is prefilled with the year; a second save changes one day and removes two.
        var editor = await client.GetPageAsync("/xinjiang/staff/calendar/2031");
        Assert.Contains("2031-01-04 调休 元旦", editor.GetElementById("Text")!.TextContent, StringComparison.Ordinal);
        using (var again = await client.PostFormAsync("/xinjiang/staff/calendar/2031", "/xinjiang/staff/calendar/2031", new Dictionary<string, string>
        {
            ["Text"] = "2031-01-01 放假 元旦节\n2031-01-02 放假 元旦\n",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }
        Assert.Equal(2, await factory.CountAsync("SELECT count(*) FROM calendar_days WHERE date >= '2031-01-01' AND date < '2032-01-01'"));
        Assert.Equal(7, await factory.CountAsync("SELECT count(*) FROM calendar_changes WHERE date >= '2031-01-01' AND date < '2032-01-01'"));
        Assert.Equal("元旦节", await factory.ScalarAsync("SELECT name FROM calendar_days WHERE date = '2031-01-01'"));
        var last = await client.GetPageAsync("/xinjiang/staff/calendar?year=2031&from=2030-12-31&days=1");
        Assert.Contains("2031-01-03", last.GetElementById("calculator-result")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_InvalidLines_AreListedByLineNumber_AndNothingIsSaved()
    {
        var client = factory.Browser();
        await client.SignInAsync("staff@hunan.example.com");
        var text = "2032-01-01 放假 元旦\n2032-13-01 放假 元旦\n2032-01-05 调休 春节\n2032-01-01 放假 元旦\n2032-01-02 放假\n2031-12-31 放假 元旦";

        using var response = await client.PostFormAsync("/hunan/staff/calendar/2032", "/hunan/staff/calendar/2032", new Dictionary<string, string> { ["Text"] = text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        var errors = page.QuerySelectorAll(".alert li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(5, errors.Count);
        Assert.StartsWith("第 2 行", errors[0], StringComparison.Ordinal);
        Assert.Contains(errors, e => e.StartsWith("第 3 行", StringComparison.Ordinal) && e.Contains("星期六或星期日", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("第 4 行", StringComparison.Ordinal) && e.Contains("第 1 行重复", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("第 5 行", StringComparison.Ordinal) && e.Contains("缺少节日名称", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("第 6 行", StringComparison.Ordinal) && e.Contains("不在 2032 年内", StringComparison.Ordinal));
        Assert.Equal(text, page.GetElementById("Text")!.TextContent.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\n'));
        Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM calendar_days WHERE date >= '2032-01-01' AND date < '2033-01-01'"));
        Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM calendar_changes WHERE date >= '2032-01-01' AND date < '2033-01-01'"));
    }

    [Fact]
    public async Task Calendar_Applicant_IsForbidden()
    {
        var client = factory.Browser();
        await client.SignInAsync("applicant@xinjiang.example.com");
        foreach (var url in new[] { "/xinjiang/staff/calendar", "/xinjiang/staff/calendar/2031" })
        {
            var (landed, status, _) = await client.FollowAsync(url);
            Assert.StartsWith("/account/denied", landed, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, status);
        }
    }
}
