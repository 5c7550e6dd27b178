using System.Net;
using GrantPortal.Domain.Calls;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Staff.Rules;

/// <summary>Staff edit a call's rules and contacts in the browser: saved through the call editor, audited, checked, never overwriting.</summary>
[Collection(PortalCollection.Name)]
public sealed class RulesPageTests(PortalFactory factory)
{
    private const string Staff = "staff@xinjiang.example.com";

    /// <summary>A new call of xinjiang's own, so the seeded calls stay as they are; published when asked.</summary>
    private async Task<Guid> NewCallAsync(bool published = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync("xinjiang"))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var call = new GrantCall(association.Id, 2031, "规则测试 " + Guid.NewGuid().ToString("N")[..8], DateTimeOffset.UtcNow);
        var category = call.AddCategory(null, "GZ-" + Guid.NewGuid().ToString("N")[..6], "学术交流");
        category.SetFunding(100000m, Quota.Exact(2), AmountRule.Fixed(50000m), childrenCombinable: false);
        if (published)
        {
            call.Publish(DateTimeOffset.UtcNow);
        }
        db.Calls.Add(call);
        await db.SaveChangesAsync();
        return call.Id;
    }

    private async Task<(GrantCall Call, IReadOnlyList<CallAuditEntry> History)> ReadAsync(Guid callId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync("xinjiang"))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var editor = scope.ServiceProvider.GetRequiredService<CallEditor>();
        return ((await editor.LoadAsync(callId))!, await editor.HistoryAsync(callId));
    }

    private static Dictionary<string, string> Rules(int revision, params (decimal Percent, DisbursementMilestone Milestone)[] tranches)
    {
        var fields = new Dictionary<string, string>
        {
            ["Revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ApplicationLimit"] = "2",
            ["PaperCopies"] = "3",
            ["RequiresSealedScan"] = "true",
            ["Materials"] = "申报书\n单位推荐函",
            ["Stages"] = "ExpertReview",
            ["ExpertRoles"] = "Technical",
            ["PublicNoticeWorkingDays"] = "5",
            ["MaxTravelPercent"] = "50",
            ["Prohibited"] = "Donation",
            ["Debarments[0].Reason"] = "Falsification",
            ["Debarments[0].Years"] = "3",
            ["Debarments[1].Reason"] = "",
            ["Debarments[1].Years"] = "",
            ["Notes"] = "通知未写明纸质材料截止时间，按申报截止时间处理",
        };
        for (var i = 0; i < tranches.Length; i++)
        {
            fields[$"Tranches[{i}].Percent"] = tranches[i].Percent.ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"Tranches[{i}].Milestone"] = tranches[i].Milestone.ToString();
        }
        fields[$"Tranches[{tranches.Length}].Percent"] = ""; // the blank row to add one
        fields[$"Tranches[{tranches.Length}].Milestone"] = "";
        return fields;
    }

    private static readonly (decimal, DisbursementMilestone)[] Xinjiang =
        [(60m, DisbursementMilestone.OnApproval), (30m, DisbursementMilestone.MidTermEvaluation), (10m, DisbursementMilestone.Acceptance)];

    [Fact]
    public async Task Rules_Valid_AreSavedWithAnAuditEntryHoldingBeforeAndAfter()
    {
        var callId = await NewCallAsync();
        var client = factory.Browser();
        await client.SignInAsync(Staff);
        var url = $"/xinjiang/staff/calls/{callId}/rules";

        using var response = await client.PostFormAsync(url, url, Rules(0, Xinjiang));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(url, response.LocationPath());
        var (call, history) = await ReadAsync(callId);
        Assert.Equal(1, call.Revision);
        Assert.Equal(2, call.ApplicationLimitPerOrganization);
        Assert.Equal([new TrancheRule(60m, DisbursementMilestone.OnApproval), new TrancheRule(30m, DisbursementMilestone.MidTermEvaluation), new TrancheRule(10m, DisbursementMilestone.Acceptance)], call.Disbursement);
        Assert.Equal([ReviewStage.ExpertReview], call.Review.Stages);
        Assert.Equal(5, call.Review.PublicNoticeWorkingDays);
        Assert.Equal(50m, call.SpendingRules.MaxTravelPercent);
        Assert.Equal([new DebarmentRule(DebarmentReason.Falsification, 3)], call.Debarments);
        Assert.Equal(["申报书", "单位推荐函"], call.Submission.Materials);
        var entry = Assert.Single(history);
        Assert.Equal("call.rules", entry.Action);
        Assert.Equal(Staff, entry.UserName);
        var limit = Assert.Single(entry.Changes, c => c.Path.EndsWith("applicationLimitPerOrganization", StringComparison.OrdinalIgnoreCase));
        Assert.Null(limit.Before);
        Assert.Equal("2", limit.After);

        var page = await client.GetPageAsync(url);
        Assert.Equal("60", page.QuerySelector("input[name='Tranches[0].Percent']")!.GetAttribute("value"));
        Assert.Equal("100", page.GetElementById("tranche-sum")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("script[src^='/js/tranches.js']"));
    }

    [Fact]
    public async Task Rules_TranchesNotSummingTo100_AreRefusedWithTheSum_InputKept_NothingSaved()
    {
        var callId = await NewCallAsync();
        var client = factory.Browser();
        await client.SignInAsync(Staff);
        var url = $"/xinjiang/staff/calls/{callId}/rules";

        using var response = await client.PostFormAsync(url, url,
            Rules(0, (60m, DisbursementMilestone.OnApproval), (30m, DisbursementMilestone.Acceptance)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("拨付比例合计 90%，应为 100%", page.QuerySelector(".alert")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("30", page.QuerySelector("input[name='Tranches[1].Percent']")!.GetAttribute("value"));
        Assert.Equal("2", page.GetElementById("ApplicationLimit")!.GetAttribute("value"));
        var (call, history) = await ReadAsync(callId);
        Assert.Equal(0, call.Revision);
        Assert.Empty(call.Disbursement);
        Assert.Null(call.ApplicationLimitPerOrganization);
        Assert.Empty(history);
    }

    [Fact]
    public async Task Rules_BadRow_IsListedNextToItsField_NothingSaved()
    {
        var callId = await NewCallAsync();
        var client = factory.Browser();
        await client.SignInAsync(Staff);
        var url = $"/xinjiang/staff/calls/{callId}/rules";
        var fields = Rules(0, Xinjiang);
        fields["Tranches[1].Milestone"] = "";

        using var response = await client.PostFormAsync(url, url, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("请选择拨付节点", page.FieldError("Tranches[1].Milestone"));
        Assert.Equal(0, (await ReadAsync(callId)).Call.Revision);
    }

    [Fact]
    public async Task PublishedCall_RulesAreReadOnlyAndRefused_ContactsAreSaved()
    {
        var callId = await NewCallAsync(published: true);
        var client = factory.Browser();
        await client.SignInAsync(Staff);
        var rulesUrl = $"/xinjiang/staff/calls/{callId}/rules";
        var contactsUrl = $"/xinjiang/staff/calls/{callId}/contacts";

        var rules = await client.GetPageAsync(rulesUrl);
        Assert.Null(rules.QuerySelector($"form[action='{rulesUrl}']"));
        Assert.Contains("通知已发布", rules.Text(), StringComparison.Ordinal);

        // A post anyway (a page opened before publication): refused by the call, nothing saved.
        var token = (await client.GetPageAsync(contactsUrl)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = Rules(0, Xinjiang);
        fields["__RequestVerificationToken"] = token;
        using (var refused = await client.PostAsync(rulesUrl, new FormUrlEncodedContent(fields)))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("通知已发布：项目类别、额度、数量、总额和申报条件不能再修改", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Null((await ReadAsync(callId)).Call.ApplicationLimitPerOrganization);

        using var saved = await client.PostFormAsync(contactsUrl, contactsUrl, new Dictionary<string, string>
        {
            ["Revision"] = "0",
            ["Contacts[0].Role"] = "业务咨询",
            ["Contacts[0].Name"] = "王老师",
            ["Contacts[0].Phones"] = "0991-1234567，13800000000",
            ["Contacts[0].Email"] = "wang@example.com",
            ["Contacts[1].Name"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (call, history) = await ReadAsync(callId);
        var contact = Assert.Single(call.Contacts);
        Assert.Equal(("业务咨询", "王老师", "wang@example.com"), (contact.Role, contact.Name, contact.Email));
        Assert.Equal(["0991-1234567", "13800000000"], contact.Phones);
        Assert.Equal("call.contacts", Assert.Single(history).Action);
    }

    [Fact]
    public async Task Rules_FromAStaleRevision_ShowTheMissedChanges_InputKept_NotSaved()
    {
        var callId = await NewCallAsync();
        var client = factory.Browser();
        await client.SignInAsync(Staff);
        var url = $"/xinjiang/staff/calls/{callId}/rules";
        using (var first = await client.PostFormAsync(url, url, Rules(0, Xinjiang)))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        var stale = Rules(0, Xinjiang);
        stale["ApplicationLimit"] = "5";
        using var response = await client.PostFormAsync(url, url, stale);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.GetElementById("conflict"));
        Assert.Contains("第 1 版", page.GetElementById("conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("5", page.GetElementById("ApplicationLimit")!.GetAttribute("value"));
        Assert.Equal("1", page.QuerySelector("input[name=Revision]")!.GetAttribute("value"));
        var (call, _) = await ReadAsync(callId);
        Assert.Equal((1, 2), (call.Revision, call.ApplicationLimitPerOrganization));
    }

    [Fact]
    public async Task Contacts_BadEmail_IsRefusedNextToTheField()
    {
        var callId = await NewCallAsync();
        var client = factory.Browser();
        await client.SignInAsync(Staff);
        var url = $"/xinjiang/staff/calls/{callId}/contacts";
        using var response = await client.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["Revision"] = "0", ["Contacts[0].Name"] = "王老师", ["Contacts[0].Email"] = "not-an-email",
        });
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("邮箱格式不正确", page.FieldError("Contacts[0].Email"));
        Assert.Empty((await ReadAsync(callId)).Call.Contacts);
    }

    [Fact]
    public async Task OtherAssociationsCall_Is404_ApplicantIsForbidden()
    {
        var guangxiCall = (Guid)(await factory.ScalarAsync(
            "SELECT c.id FROM grant_calls c JOIN associations a ON a.id = c.tenant_id WHERE a.identifier = 'guangxi' LIMIT 1"))!;
        var staff = factory.Browser();
        await staff.SignInAsync(Staff);
        await staff.GetPageAsync($"/xinjiang/staff/calls/{guangxiCall}/rules", HttpStatusCode.NotFound);
        await staff.GetPageAsync($"/xinjiang/staff/calls/{guangxiCall}/contacts", HttpStatusCode.NotFound);

        var ownCall = await NewCallAsync();
        var applicant = factory.Browser();
        await applicant.SignInAsync("applicant@xinjiang.example.com");
        var (url, status, _) = await applicant.FollowAsync($"/xinjiang/staff/calls/{ownCall}/rules");
        Assert.StartsWith("/account/denied", url, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }
}
