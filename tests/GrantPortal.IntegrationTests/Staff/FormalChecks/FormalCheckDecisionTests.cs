using System.Net;
using GrantPortal.IntegrationTests.Support;
using static GrantPortal.IntegrationTests.Staff.FormalChecks.FormalCheckSetup;

namespace GrantPortal.IntegrationTests.Staff.FormalChecks;

/// <summary>Staff pass, return and reject submitted applications; every decision is recorded; two staff at once: one lands.</summary>
[Collection(PortalCollection.Name)]
public sealed class FormalCheckDecisionTests(PortalFactory factory)
{
    private const string Tenant = "xinjiang";

    private async Task<HttpClient> StaffAsync(string email = "staff@xinjiang.example.com")
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task Pass_MovesTheApplicationToExpertReview_AndRecordsTheDecision()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, Tenant, 2);
        var id = setup.Applications[0].ApplicationId;
        var client = await StaffAsync();

        var queue = await client.GetPageAsync(QueueUrl(Tenant, setup.CallId));
        Assert.Contains("(2)", queue.GetElementById("tab-pending")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(queue.QuerySelector($"tr[data-application='{id}']"));
        var page = await client.GetPageAsync(CheckUrl(Tenant, id));
        Assert.NotNull(page.QuerySelector("tr[data-item=form]"));
        Assert.NotNull(page.QuerySelector("tr[data-item=deadline]"));

        using var response = await PostDecisionAsync(client, Tenant, id, FormOf(page), "Passed");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(QueueUrl(Tenant, setup.CallId), response.LocationPath(), StringComparison.Ordinal);
        Assert.Equal("ExpertReview", await StatusAsync(factory, id));
        Assert.Equal(1L, await factory.CountAsync(
            "SELECT count(*) FROM formal_check_decisions WHERE application_id = $1 AND outcome = 'Passed' AND submission_version = 1 AND decided_by_name = 'staff@xinjiang.example.com' AND jsonb_array_length(checklist) >= 9", id));
        var after = await client.GetPageAsync(CheckUrl(Tenant, id));
        Assert.NotNull(after.GetElementById("not-pending"));
        Assert.NotNull(after.QuerySelector("#history li[data-outcome=Passed]"));
        var passed = await client.GetPageAsync(QueueUrl(Tenant, setup.CallId) + "?show=passed");
        Assert.NotNull(passed.QuerySelector($"tr[data-application='{id}']"));
    }

    [Fact]
    public async Task Reject_NeedsReasons_ThenIsFinal()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, Tenant, 1);
        var id = setup.Applications[0].ApplicationId;
        var client = await StaffAsync();

        using (var refused = await DecideAsync(client, Tenant, id, "Rejected", "  "))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var page = Html.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Equal("请填写不予受理的原因", page.FieldError("Reasons"));
        }
        Assert.Equal("Submitted", await StatusAsync(factory, id));

        using (var rejected = await DecideAsync(client, Tenant, id, "Rejected", "申报内容不属于本类别支持范围"))
        {
            Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        }
        Assert.Equal("Rejected", await StatusAsync(factory, id));
        Assert.Equal("申报内容不属于本类别支持范围", await factory.ScalarAsync("SELECT formal_check_reasons FROM grant_applications WHERE id = $1", id));
        var page2 = await client.GetPageAsync(CheckUrl(Tenant, id));
        Assert.Null(page2.GetElementById("decision-form"));
    }

    [Fact]
    public async Task Return_WithoutADeadline_OrInThePast_IsRefused_AndChangesNothing()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, Tenant, 1);
        var id = setup.Applications[0].ApplicationId;
        var client = await StaffAsync();

        using (var noDeadline = await DecideAsync(client, Tenant, id, "Returned", "预算表不完整"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, noDeadline.StatusCode);
            Assert.Equal("请设定修改截止时间", Html.Parse(await noDeadline.Content.ReadAsStringAsync()).FieldError("CorrectionDeadline"));
        }
        using (var past = await DecideAsync(client, Tenant, id, "Returned", "预算表不完整", DateTimeOffset.UtcNow.AddDays(-1)))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
            var page = Html.Parse(await past.Content.ReadAsStringAsync());
            Assert.Equal("修改截止时间必须晚于当前时间", page.FieldError("CorrectionDeadline"));
            Assert.Equal("预算表不完整", page.GetElementById("Reasons")!.TextContent);
        }
        Assert.Equal("Submitted", await StatusAsync(factory, id));
        Assert.Equal(0L, await factory.CountAsync("SELECT count(*) FROM formal_check_decisions WHERE application_id = $1", id));
    }

    [Fact]
    public async Task TwoStaffDecidingAtOnce_OnlyOneLands()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, Tenant, 1);
        var id = setup.Applications[0].ApplicationId;
        var first = await StaffAsync();
        var second = await StaffAsync("admin@xinjiang.example.com");
        var firstForm = FormOf(await first.GetPageAsync(CheckUrl(Tenant, id)));
        var secondForm = FormOf(await second.GetPageAsync(CheckUrl(Tenant, id)));

        var responses = await Task.WhenAll(
            PostDecisionAsync(first, Tenant, id, firstForm, "Passed"),
            PostDecisionAsync(second, Tenant, id, secondForm, "Rejected", "重复申报"));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var loser = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.NotNull(Html.Parse(await loser.Content.ReadAsStringAsync()).GetElementById("decision-error"));
        Assert.Equal(1L, await factory.CountAsync("SELECT count(*) FROM formal_check_decisions WHERE application_id = $1", id));
        Assert.Contains(await StatusAsync(factory, id), new[] { "ExpertReview", "Rejected" });
    }

    [Fact]
    public async Task Decisions_AreAppendOnly_InTheDatabase()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, Tenant, 1);
        var id = setup.Applications[0].ApplicationId;
        using (await DecideAsync(await StaffAsync(), Tenant, id, "Passed")) { }
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => factory.ScalarAsync("UPDATE formal_check_decisions SET reasons = 'x' WHERE application_id = $1", id));
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => factory.ScalarAsync("DELETE FROM formal_check_decisions WHERE application_id = $1", id));
    }
}
