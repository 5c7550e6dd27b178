using System.Globalization;
using System.Net;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Organizations;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Staff.Categories;

/// <summary>Editing one node's funding, rules and eligibility: invariants, conflicts and published calls.</summary>
[Collection(PortalCollection.Name)]
public sealed class CategoryEditTests(PortalFactory factory)
{
    private async Task<HttpClient> StaffAsync()
    {
        var client = factory.Browser();
        await client.SignInAsync("staff@xinjiang.example.com");
        return client;
    }

    private static Dictionary<string, string> Funding(GrantCategory node, int revision, int quota, decimal amount) => new()
    {
        ["Revision"] = revision.ToString(CultureInfo.InvariantCulture),
        ["Code"] = node.Code,
        ["Name"] = node.Name,
        ["QuotaKind"] = "Exact",
        ["QuotaExact"] = quota.ToString(CultureInfo.InvariantCulture),
        ["AmountKind"] = "Fixed",
        ["AmountFixed"] = amount.ToString(CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Funding_Saved_WithRevisionAndAudit()
    {
        var callId = await factory.CreateDraftAsync(TreeCalls.Tiers);
        var client = await StaffAsync();
        var call = await factory.LoadAsync(callId);
        var tier = call.Node("XXJL-3");
        var url = $"/xinjiang/staff/categories/{tier.Id}";

        var page = await client.GetPageAsync(url);
        Assert.Contains("10 × 5万元 = 50万元", page.GetElementById("funding-totals")!.TextContent, StringComparison.Ordinal);

        using var response = await client.PostFormAsync(url, url, Funding(tier, call.Revision, 9, 50000m));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.LoadAsync(callId);
        Assert.Equal(9, saved.Node("XXJL-3").QuotaMin);
        Assert.Equal(call.Revision + 1, saved.Revision);
        Assert.Equal(1L, await factory.CountAsync("SELECT count(*) FROM call_audit_entries WHERE call_id = $1 AND action = 'category.edit'", callId));
    }

    [Fact]
    public async Task Funding_BreakingTheCap_IsRefusedNamingNodeAndNumbers_InputKept_NothingSaved()
    {
        var callId = await factory.CreateDraftAsync(TreeCalls.Tiers);
        var client = await StaffAsync();
        var call = await factory.LoadAsync(callId);
        var tier = call.Node("XXJL-3");
        var url = $"/xinjiang/staff/categories/{tier.Id}";

        using var response = await client.PostFormAsync(url, url, Funding(tier, call.Revision, 11, 50000m));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        var alert = page.QuerySelector(".alert")!.TextContent;
        Assert.Contains("类别 XXJL", alert, StringComparison.Ordinal);
        Assert.Contains("96万元", alert, StringComparison.Ordinal);
        Assert.Contains("91万元", alert, StringComparison.Ordinal);
        Assert.Equal("11", page.GetElementById("QuotaExact")!.GetAttribute("value"));

        var saved = await factory.LoadAsync(callId);
        Assert.Equal(10, saved.Node("XXJL-3").QuotaMin);
        Assert.Equal(call.Revision, saved.Revision);
    }

    [Fact]
    public async Task Funding_InvalidInput_ShowsFieldErrors()
    {
        var callId = await factory.CreateDraftAsync(TreeCalls.Tiers);
        var client = await StaffAsync();
        var call = await factory.LoadAsync(callId);
        var tier = call.Node("XXJL-1");
        var url = $"/xinjiang/staff/categories/{tier.Id}";
        var fields = Funding(tier, call.Revision, 2, 100000m);
        fields["AmountKind"] = "Range";
        fields["AmountMin"] = "30000.123";
        fields["Code"] = "XXJL-2";

        using var response = await client.PostFormAsync(url, url, fields);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.FieldError("AmountMin"));
        Assert.NotNull(page.FieldError("AmountMax"));
        Assert.NotNull(page.FieldError("Code"));
        Assert.Equal(call.Revision, (await factory.LoadAsync(callId)).Revision);
    }

    [Fact]
    public async Task StaleRevision_ShowsTheMissedChange_AndKeepsTheInput()
    {
        var callId = await factory.CreateDraftAsync(TreeCalls.Tiers);
        var client = await StaffAsync();
        var call = await factory.LoadAsync(callId);
        var tier = call.Node("XXJL-2");
        var url = $"/xinjiang/staff/categories/{tier.Id}";
        var stale = Funding(tier, call.Revision, 2, 70000m);
        stale["Name"] = "我的名称";

        await factory.EditAsync(callId, c => { c.Node("XXJL-2").Rename("XXJL-2", "他人的名称"); return "他人修改"; });

        using var response = await client.PostFormAsync(url, url, stale);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.GetElementById("conflict"));
        Assert.Contains("他人修改", page.GetElementById("conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("我的名称", page.GetElementById("Name")!.GetAttribute("value"));
        var saved = await factory.LoadAsync(callId);
        Assert.Equal("他人的名称", saved.Node("XXJL-2").Name);
        Assert.Equal(3, saved.Node("XXJL-2").QuotaMin);
    }

    [Fact]
    public async Task Eligibility_SavedForNodeAndCall()
    {
        var callId = await factory.CreateDraftAsync(TreeCalls.Tiers);
        var client = await StaffAsync();
        var call = await factory.LoadAsync(callId);
        var node = call.Node("XXJL-1");
        var nodeUrl = $"/xinjiang/staff/categories/{node.Id}/eligibility";
        using (var response = await client.PostFormAsync(nodeUrl, nodeUrl, new Dictionary<string, string>
        {
            ["Revision"] = call.Revision.ToString(CultureInfo.InvariantCulture),
            ["Inherit"] = "false",
            ["ApplicantTypes"] = nameof(ApplicantType.Society),
            ["Requirements[0].Conditions[0].Fact"] = nameof(EligibilityFact.CapabilityRating),
            ["Requirements[0].Conditions[0].Label"] = "综合能力评价A级",
            ["Requirements[0].Conditions[0].Value"] = "A",
            ["Requirements[0].Conditions[0].Year"] = "2024",
            ["Requirements[0].Conditions[1].Fact"] = nameof(EligibilityFact.FirstClassSocietyCandidate),
            ["Requirements[0].Conditions[1].Label"] = "一流学会创建单位",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        var saved = (await factory.LoadAsync(callId)).Node("XXJL-1").Eligibility!;
        Assert.Equal([ApplicantType.Society], saved.ApplicantTypes);
        var requirement = Assert.Single(saved.Requirements);
        Assert.Equal(2, requirement.AnyOf.Count);
        Assert.Equal(new EligibilityCondition(EligibilityFact.CapabilityRating, "综合能力评价A级", "A", 2024), requirement.AnyOf[0]);

        var revision = (await factory.LoadAsync(callId)).Revision;
        var callUrl = $"/xinjiang/staff/calls/{callId}/eligibility";
        using (var response = await client.PostFormAsync(callUrl, callUrl, new Dictionary<string, string>
        {
            ["Revision"] = revision.ToString(CultureInfo.InvariantCulture),
            ["ApplicantTypes"] = nameof(ApplicantType.CityAssociation),
            ["Requirements[0].Conditions[0].Fact"] = nameof(EligibilityFact.NotDebarred),
            ["Requirements[0].Conditions[0].Label"] = "未被取消申报资格",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        var savedCall = await factory.LoadAsync(callId);
        Assert.Equal([ApplicantType.CityAssociation], savedCall.Eligibility.ApplicantTypes);
        Assert.Equal(EligibilityFact.NotDebarred, Assert.Single(savedCall.Eligibility.Requirements).AnyOf[0].Fact);
        Assert.Equal(2, await factory.CountAsync("SELECT count(*) FROM call_audit_entries WHERE call_id = $1 AND action IN ('category.eligibility', 'call.eligibility')", callId));
    }

    [Fact]
    public async Task Rules_SavedWithMaterialsAndDeadlines()
    {
        var callId = await factory.CreateDraftAsync(TreeCalls.Tiers);
        var client = await StaffAsync();
        var call = await factory.LoadAsync(callId);
        var node = call.Node("XXJL");
        var url = $"/xinjiang/staff/categories/{node.Id}/rules";
        using var response = await client.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["Revision"] = call.Revision.ToString(CultureInfo.InvariantCulture),
            ["OwnSpending"] = "true",
            ["MaxTravelPercent"] = "50",
            ["Prohibited"] = nameof(ProhibitedSpending.Donation),
            ["OwnContact"] = "true",
            ["ContactName"] = "张老师",
            ["ContactPhones"] = "0991-1234567\n13800000000",
            ["Acceptance.Kind"] = "WorkingDays",
            ["Acceptance.Count"] = "30",
            ["Acceptance.Event"] = nameof(DeadlineEvent.ActivityEnd),
            ["Materials[0].Name"] = "总结报告",
            ["Materials[0].Kind"] = nameof(AcceptanceMaterialKind.Report),
            ["Materials[0].MinCharacters"] = "4000",
            ["Materials[1].Name"] = "照片",
            ["Materials[1].Kind"] = nameof(AcceptanceMaterialKind.Photos),
            ["Materials[1].Remove"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = (await factory.LoadAsync(callId)).Node("XXJL");
        Assert.Equal(50m, saved.SpendingRules!.MaxTravelPercent);
        Assert.Equal(["0991-1234567", "13800000000"], saved.Contact!.Phones);
        Assert.Equal(DeadlineRule.WorkingDays(30, DeadlineEvent.ActivityEnd), saved.AcceptanceDeadline);
        var material = Assert.Single(saved.AcceptanceMaterials);
        Assert.Equal(4000, material.MinCharacters);
    }

    [Fact]
    public async Task PublishedCall_RefusesTreeEdits_ButContactsMayChange()
    {
        var callId = await factory.CreateDraftAsync(TreeCalls.Tiers);
        var published = await factory.EditAsync(callId, c => { c.Publish(DateTimeOffset.UtcNow); return "发布"; });
        Assert.True(published.Succeeded, published.Error?.Message);
        var client = await StaffAsync();
        var call = await factory.LoadAsync(callId);
        var tier = call.Node("XXJL-3");

        var tree = await client.GetPageAsync($"/xinjiang/staff/calls/{callId}/tree");
        Assert.Contains("通知已发布", tree.Text(), StringComparison.Ordinal);
        Assert.Empty(tree.QuerySelectorAll($"form[action$='/move']"));

        var url = $"/xinjiang/staff/categories/{tier.Id}";
        var token = (await client.GetPageAsync(url)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = Funding(tier, call.Revision, 9, 50000m);
        fields["__RequestVerificationToken"] = token;
        using (var response = await client.PostAsync(url, new FormUrlEncodedContent(fields)))
        {
            var page = Html.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains("通知已发布：项目类别、额度、数量、总额和申报条件不能再修改", page.QuerySelector(".alert")!.TextContent, StringComparison.Ordinal);
        }
        Assert.Equal(10, (await factory.LoadAsync(callId)).Node("XXJL-3").QuotaMin);

        var newUrl = $"/xinjiang/staff/calls/{callId}/categories/new";
        fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Revision"] = call.Revision.ToString(CultureInfo.InvariantCulture), ["Code"] = "NEW", ["Name"] = "新" };
        using (var response = await client.PostAsync(newUrl, new FormUrlEncodedContent(fields)))
        {
            Assert.Contains("通知已发布", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(4L, await factory.CountAsync("SELECT count(*) FROM grant_categories WHERE call_id = $1", callId));

        var rulesUrl = $"/xinjiang/staff/categories/{tier.Id}/rules";
        using (var response = await client.PostFormAsync(rulesUrl, rulesUrl, new Dictionary<string, string>
        {
            ["Revision"] = call.Revision.ToString(CultureInfo.InvariantCulture),
            ["OwnContact"] = "true",
            ["ContactName"] = "李老师",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        Assert.Equal("李老师", (await factory.LoadAsync(callId)).Node("XXJL-3").Contact!.Name);
    }
}
