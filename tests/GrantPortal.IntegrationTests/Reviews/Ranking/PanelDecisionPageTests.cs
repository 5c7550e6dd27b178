using System.Net;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Reviews.Ranking;

/// <summary>评审委员会决定: started from the allocation, changed with reasons (recorded), kept within caps, never overwritten.</summary>
[Collection(PortalCollection.Name)]
public sealed class PanelDecisionPageTests(PortalFactory factory)
{
    // Means: 1 → 72, 2 → 89, 3 → 81, 4 → 55. Every request is 3万.
    private static readonly decimal[][] Totals = [[70m, 74m], [90m, 88m], [80m, 82m], [60m, 50m]];

    private async Task<(SubmittedApplications.Setup Setup, HttpClient Client, string Url)> StartedAsync(decimal? cap = null)
    {
        var setup = await ReviewedCall.CreateAsync(factory, "xinjiang", Totals);
        if (cap is { } yuan)
        {
            await factory.ScalarAsync("UPDATE grant_categories SET budget_cap = $1 WHERE id = $2", yuan, setup.CategoryId);
        }
        var client = factory.Browser();
        await client.SignInAsync("staff@xinjiang.example.com");
        var url = $"/xinjiang/staff/calls/{setup.CallId}/decision";
        var start = await client.GetPageAsync(url);
        Assert.NotNull(start.GetElementById("not-started"));
        using var started = await client.PostFormAsync(url, url + "/start", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return (setup, client, url);
    }

    private static Dictionary<string, string> Change(Guid applicationId, string amount, string reason, int version, bool approved = true) => new()
    {
        ["ApplicationId"] = applicationId.ToString(),
        ["Approved"] = approved ? "true" : "false",
        ["Amount"] = amount,
        ["Reason"] = reason,
        ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Change_WithReason_SavedAndRecordedWithWhoBeforeAfterAndWhy()
    {
        var (setup, client, url) = await StartedAsync();
        var target = setup.Applications[1];

        using var response = await client.PostFormAsync($"{url}?edit={target.ApplicationId}", url + "/change", Change(target.ApplicationId, "25000", "评审委员会核减预算", 1));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync(url);
        var row = page.QuerySelector($"table.decision tr[data-number='{target.Number}']")!;
        Assert.Equal("changed", row.GetAttribute("class"));
        Assert.Contains("2.5万元", row.QuerySelector("td.amount")!.TextContent, StringComparison.Ordinal);
        var history = page.QuerySelector("table.history")!.TextContent;
        Assert.Contains("评审委员会核减预算", history, StringComparison.Ordinal);
        Assert.Contains("staff@xinjiang.example.com", history, StringComparison.Ordinal);
        Assert.Equal(1L, await factory.CountAsync(
            "SELECT count(*) FROM panel_decision_changes WHERE application_id = $1 AND before_amount = 30000 AND after_amount = 25000 AND reason = '评审委员会核减预算' AND version = 2",
            target.ApplicationId));
        // The log is append-only in the database too.
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => factory.ScalarAsync("UPDATE panel_decision_changes SET reason = 'x' WHERE application_id = $1", target.ApplicationId));
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => factory.ScalarAsync("DELETE FROM panel_decision_changes WHERE application_id = $1", target.ApplicationId));
    }

    [Fact]
    public async Task Change_WithoutReason_RefusedAndNothingSaved()
    {
        var (setup, client, url) = await StartedAsync();
        var target = setup.Applications[1];

        using var response = await client.PostFormAsync($"{url}?edit={target.ApplicationId}", url + "/change", Change(target.ApplicationId, "25000", "", 1));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("请填写修改原因", page.FieldError("Reason"));
        Assert.Equal("25000", page.GetElementById("Amount")!.GetAttribute("value"));
        Assert.Equal(0L, await factory.CountAsync("SELECT count(*) FROM panel_decision_changes WHERE application_id = $1", target.ApplicationId));
    }

    [Fact]
    public async Task Change_BreakingTheCap_RefusedWithTheFigures()
    {
        // Cap 10万: the allocation funds the first three (9万); the fourth (55 points) is the reserve.
        var (setup, client, url) = await StartedAsync(cap: 100000m);
        var fourth = setup.Applications[3];
        var page = await client.GetPageAsync(url);
        Assert.Contains("候补 1", page.QuerySelector($"table.decision tr[data-number='{fourth.Number}']")!.TextContent, StringComparison.Ordinal);

        using var response = await client.PostFormAsync($"{url}?edit={fourth.ApplicationId}", url + "/change", Change(fourth.ApplicationId, "30000", "增补", 1));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var refused = Html.Parse(await response.Content.ReadAsStringAsync()).GetElementById("refused")!.TextContent;
        Assert.Contains("120,000", refused, StringComparison.Ordinal);
        Assert.Contains("100,000", refused, StringComparison.Ordinal);
        Assert.Equal(0L, await factory.CountAsync("SELECT count(*) FROM panel_decision_lines WHERE application_id = $1 AND approved", fourth.ApplicationId));
    }

    [Fact]
    public async Task Change_AmountOutsideTheRule_Refused()
    {
        var (setup, client, url) = await StartedAsync();
        var target = setup.Applications[0];

        using var response = await client.PostFormAsync($"{url}?edit={target.ApplicationId}", url + "/change", Change(target.ApplicationId, "80000", "增加", 1));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("10,000–50,000", Html.Parse(await response.Content.ReadAsStringAsync()).GetElementById("refused")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Change_FromAnOlderVersion_RefusedShowingTheOtherChange()
    {
        var (setup, client, url) = await StartedAsync();
        var other = factory.Browser();
        await other.SignInAsync("admin@xinjiang.example.com");
        using (var first = await other.PostFormAsync($"{url}?edit={setup.Applications[0].ApplicationId}", url + "/change", Change(setup.Applications[0].ApplicationId, "20000", "先改的", 1)))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var second = await client.PostFormAsync($"{url}?edit={setup.Applications[1].ApplicationId}", url + "/change", Change(setup.Applications[1].ApplicationId, "25000", "后改的", 1));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var conflict = Html.Parse(await second.Content.ReadAsStringAsync()).GetElementById("conflict")!.TextContent;
        Assert.Contains("先改的", conflict, StringComparison.Ordinal);
        Assert.Equal(0L, await factory.CountAsync("SELECT count(*) FROM panel_decision_changes WHERE reason = '后改的' AND call_id = $1", setup.CallId));
        var conflictPage = Html.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal("25000", conflictPage.GetElementById("Amount")!.GetAttribute("value"));
        Assert.Equal("2", conflictPage.QuerySelector("#edit input[name=Version]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Confirm_LocksTheDecision()
    {
        var (setup, client, url) = await StartedAsync();

        using var confirmed = await client.PostFormAsync(url, url + "/confirm", new Dictionary<string, string> { ["version"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        var page = await client.GetPageAsync(url);
        Assert.Null(page.QuerySelector("#confirm"));
        Assert.Empty(page.QuerySelectorAll("table.decision a"));
        Assert.Equal("Confirmed", await factory.ScalarAsync("SELECT status FROM panel_decisions WHERE call_id = $1", setup.CallId));
        Assert.Equal(4L, await factory.CountAsync("SELECT count(*) FROM panel_decision_lines l JOIN panel_decisions d ON d.id = l.decision_id WHERE d.call_id = $1 AND l.approved AND l.amount = 30000", setup.CallId));
    }
}
