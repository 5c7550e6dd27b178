using System.Net;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Forms;
using GrantPortal.Domain.Organizations;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Applicant.Apply;

/// <summary>可申报项目 for Guangxi's demo applicant (a society): reasons per category, starting a prefilled draft, refusals.</summary>
[Collection(PortalCollection.Name)]
public sealed class ApplyTests(PortalFactory factory) : IAsyncLifetime
{
    private readonly List<Guid> _calls = [];

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Removes the calls these tests created, so pages listing Guangxi's calls show the seeded ones only.</summary>
    public async Task DisposeAsync()
    {
        foreach (var id in _calls)
        {
            await factory.ScalarAsync("DELETE FROM grant_applications WHERE call_id = $1", id);
            await factory.ScalarAsync("DELETE FROM form_definitions WHERE category_id IN (SELECT id FROM grant_categories WHERE call_id = $1)", id);
            await factory.ScalarAsync("UPDATE grant_categories SET parent_id = NULL WHERE call_id = $1", id);
            await factory.ScalarAsync("DELETE FROM grant_categories WHERE call_id = $1", id);
            await factory.ScalarAsync("DELETE FROM call_audit_entries WHERE call_id = $1", id);
            await factory.ScalarAsync("DELETE FROM grant_calls WHERE id = $1", id);
        }
    }

    private const string Applicant = "applicant@guangxi.example.com";

    private async Task<HttpClient> ApplicantAsync()
    {
        var client = factory.Browser();
        await client.SignInAsync(Applicant);
        return client;
    }

    private async Task<Guid> OrganizationIdAsync() => (Guid)(await factory.ScalarAsync(
        "SELECT m.organization_id FROM tenant_memberships m JOIN users u ON u.id = m.user_id WHERE u.normalized_email = upper($1) AND m.role = 'Applicant'", Applicant))!;

    /// <summary>A published Guangxi call open now, with one category the given types may apply to.</summary>
    private async Task<(Guid CallId, Guid CategoryId)> OpenCallAsync(ApplicantType[]? types = null, int? limit = null)
    {
        var (callId, first, _) = await OpenCallWithTwoAsync(types, limit);
        return (callId, first);
    }

    private async Task<(Guid CallId, Guid First, Guid Second)> OpenCallWithTwoAsync(ApplicantType[]? types = null, int? limit = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync("guangxi"))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var now = factory.Clock.GetUtcNow();
        var call = new GrantCall(association.Id, 2031, "申报测试 " + Guid.NewGuid().ToString("N")[..8], now.AddDays(-1));
        call.Schedule(null, now.AddDays(30), false, null, null, null);
        call.SetRules(limit, new SubmissionRequirements(), [], new ReviewSettings(), new GrantPortal.Domain.Calls.Eligibility { ApplicantTypes = types ?? [] }, new SpendingRules(), [], [], []);
        var category = call.AddCategory(null, "T-1", "测试项目");
        category.SetFunding(null, Quota.Exact(2), AmountRule.Fixed(20000m), false);
        var second = call.AddCategory(null, "T-2", "第二个测试项目");
        second.SetFunding(null, Quota.Exact(2), AmountRule.Fixed(20000m), false);
        second.AddFormVersion(new FormSchema { Title = "申报书2", Sections = [new FormSection { Key = "basic", Title = "基本信息", Fields = [new FormField { Key = "projectName", Label = "项目名称" }] }] }, now.AddDays(-1));
        category.AddFormVersion(new FormSchema
        {
            Title = "申报书",
            Sections = [new FormSection { Key = "basic", Title = "基本信息", Fields =
            [
                new FormField { Key = "projectName", Label = "项目名称" },
                new FormField { Key = "applicantName", Label = "项目承担单位", Prefill = "name" },
            ] }],
        }, now.AddDays(-1));
        call.Publish(now.AddDays(-1));
        var outcome = await scope.ServiceProvider.GetRequiredService<CallEditor>().CreateAsync(call, new CallEditAuthor(null, "test"), "call.create", "新建通知");
        Assert.Equal(CallEditStatus.Saved, outcome.Status);
        _calls.Add(call.Id);
        return (call.Id, category.Id, second.Id);
    }

    [Fact]
    public async Task ApplyPage_SeededGuangxiCall_ShowsCategoriesWithReasons()
    {
        factory.Clock.Set(BeijingTime.At(new DateOnly(2023, 4, 10), new TimeOnly(9, 0)));
        try
        {
            var client = await ApplicantAsync();
            var page = await client.GetPageAsync("/guangxi/apply");
            var text = page.Text();
            Assert.Contains("学会能力提升示范", text, StringComparison.Ordinal);
            Assert.Contains("一流学会创建单位", text, StringComparison.Ordinal); // 2023-1: condition not met
            Assert.Contains(page.QuerySelectorAll("[data-code=TypeNotEligible]"), e => e.TextContent.Contains("学会党支部", StringComparison.Ordinal)); // 2023-2
            Assert.NotEmpty(page.QuerySelectorAll("[data-code=ConditionNotMet].reason-warning")); // Other conditions: warnings
            Assert.NotEmpty(page.QuerySelectorAll("form[action$='/start']"));
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task Start_CreatesOnePrefilledDraft_SecondStartOpensIt()
    {
        var (callId, categoryId) = await OpenCallAsync();
        var client = await ApplicantAsync();
        var response = await client.PostFormAsync("/guangxi/apply", $"/guangxi/apply/{categoryId}/start", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.LocationPath();
        Assert.StartsWith("/guangxi/my/applications/", location, StringComparison.Ordinal);
        var id = Guid.Parse(location.Split('/')[^1]);
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM grant_applications WHERE call_id = $1", callId));
        Assert.Equal("Draft", await factory.ScalarAsync("SELECT status FROM grant_applications WHERE id = $1", id));
        var orgName = (string)(await factory.ScalarAsync("SELECT name FROM applicant_organizations WHERE id = $1", await OrganizationIdAsync()))!;
        Assert.Equal(orgName, await factory.ScalarAsync("SELECT \"values\"->>'applicantName' FROM grant_applications WHERE id = $1", id));
        Assert.Null(await factory.ScalarAsync("SELECT \"values\"->>'projectName' FROM grant_applications WHERE id = $1", id));

        var page = await client.GetPageAsync("/guangxi/apply");
        Assert.NotNull(page.QuerySelector($"a[href='/guangxi/my/applications/{id}']"));
        Assert.Null(page.QuerySelector($"form[action='/guangxi/apply/{categoryId}/start']"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var again = await client.PostAsync($"/guangxi/apply/{categoryId}/start", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(location, again.LocationPath());
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM grant_applications WHERE call_id = $1", callId));
    }

    [Fact]
    public async Task Start_TypeNotEligible_Refused_NothingCreated()
    {
        var (callId, categoryId) = await OpenCallAsync([ApplicantType.SocietyPartyBranch]);
        var client = await ApplicantAsync();
        var page = await client.GetPageAsync("/guangxi/apply");
        Assert.Null(page.QuerySelector($"form[action='/guangxi/apply/{categoryId}/start']"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync($"/guangxi/apply/{categoryId}/start", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("学会党支部", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM grant_applications WHERE call_id = $1", callId));
    }

    [Fact]
    public async Task Start_LimitReached_Refused()
    {
        var (callId, firstCategory, secondCategory) = await OpenCallWithTwoAsync(limit: 1);
        var client = await ApplicantAsync();
        var first = await client.PostFormAsync("/guangxi/apply", $"/guangxi/apply/{firstCategory}/start", new Dictionary<string, string>());
        var firstId = Guid.Parse(first.LocationPath().Split('/')[^1]);
        await factory.ScalarAsync("UPDATE grant_applications SET status = 'Submitted' WHERE id = $1", firstId);
        var page = await client.GetPageAsync("/guangxi/apply");
        Assert.Contains("每个单位限报 1 项，已申报 1 项", page.Text(), StringComparison.Ordinal);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync($"/guangxi/apply/{secondCategory}/start", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM grant_applications WHERE call_id = $1", callId));
    }

    [Fact]
    public async Task Start_OtherTenantsCategory_Is404()
    {
        var client = await ApplicantAsync();
        var page = await client.GetPageAsync("/guangxi/apply");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        var xinjiangCategory = (Guid)(await factory.ScalarAsync(
            "SELECT c.id FROM grant_categories c JOIN associations a ON a.id = c.tenant_id WHERE a.identifier = 'xinjiang' LIMIT 1"))!;
        var response = await client.PostAsync($"/guangxi/apply/{xinjiangCategory}/start", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
