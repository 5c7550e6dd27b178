using System.Net;
using GrantPortal.Domain.Applications;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using static GrantPortal.IntegrationTests.Staff.FormalChecks.FormalCheckSetup;

namespace GrantPortal.IntegrationTests.Staff.FormalChecks;

/// <summary>Bulk pass never passes a flagged application; the formal check is staff's, of their own association only.</summary>
[Collection(PortalCollection.Name)]
public sealed class BulkPassAndAccessTests(PortalFactory factory)
{
    private const string Tenant = "shanxi";

    [Fact]
    public async Task BulkPassOfAllClean_SkipsTheFlaggedOne_AfterAConfirmationListingThem()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, Tenant, 3);
        var flagged = setup.Applications[2].ApplicationId;
        await InTenantAsync(factory, Tenant, async (db, _) =>
        {
            var application = await db.Applications.SingleAsync(a => a.Id == flagged);
            application.FlagSimilarity(setup.Applications[0].ApplicationId, 0.91m);
            await db.SaveChangesAsync();
            return 0;
        });
        var client = factory.Browser();
        await client.SignInAsync("staff@shanxi.example.com");
        var queueUrl = QueueUrl(Tenant, setup.CallId);
        var clean = await client.GetPageAsync(queueUrl + "?flag=clean");
        Assert.Equal(2, clean.QuerySelectorAll("tr[data-application]").Length);
        var flaggedOnly = await client.GetPageAsync(queueUrl + "?flag=flagged");
        Assert.NotNull(flaggedOnly.QuerySelector($"tr[data-application='{flagged}']"));

        // Selecting all three by hand: the confirmation names the flagged one as not passing.
        var token = clean.QuerySelector("#bulk-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("allClean", "false") };
        fields.AddRange(setup.Applications.Select(a => new KeyValuePair<string, string>("selected", a.ApplicationId.ToString())));
        using var confirmResponse = await client.PostAsync(queueUrl + "/bulk-confirm", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, confirmResponse.StatusCode);
        var confirm = Html.Parse(await confirmResponse.Content.ReadAsStringAsync());
        Assert.Equal(2, confirm.QuerySelectorAll("#will-pass li").Length);
        Assert.NotNull(confirm.QuerySelector($"#will-not li[data-application='{flagged}']"));
        Assert.Equal("Submitted", await StatusAsync(factory, setup.Applications[0].ApplicationId));

        var form = confirm.GetElementById("bulk-pass")!;
        var passFields = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!)).ToList();
        // A tampered list naming the flagged one too: still never bulk-passed.
        var revision = await factory.ScalarAsync("SELECT revision FROM grant_applications WHERE id = $1", flagged);
        passFields.Add(new("pass", $"{flagged}:{revision}"));
        using var passed = await client.PostAsync(queueUrl + "/bulk", new FormUrlEncodedContent(passFields));
        Assert.Equal(HttpStatusCode.Redirect, passed.StatusCode);

        Assert.Equal("ExpertReview", await StatusAsync(factory, setup.Applications[0].ApplicationId));
        Assert.Equal("ExpertReview", await StatusAsync(factory, setup.Applications[1].ApplicationId));
        Assert.Equal("Submitted", await StatusAsync(factory, flagged));
        Assert.Equal(2L, await factory.CountAsync("SELECT count(*) FROM formal_check_decisions WHERE call_id = $1 AND bulk AND outcome = 'Passed'", setup.CallId));
    }

    [Fact]
    public async Task AllClean_WithNothingClean_SaysSo()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, Tenant, 1);
        await InTenantAsync(factory, Tenant, async (db, _) =>
        {
            var application = await db.Applications.SingleAsync(a => a.Id == setup.Applications[0].ApplicationId);
            application.FlagSimilarity(Guid.NewGuid(), 0.95m);
            await db.SaveChangesAsync();
            return 0;
        });
        var client = factory.Browser();
        await client.SignInAsync("staff@shanxi.example.com");
        var queueUrl = QueueUrl(Tenant, setup.CallId);
        using var response = await client.PostFormAsync(queueUrl, queueUrl + "/bulk-confirm", new Dictionary<string, string> { ["allClean"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ApplicationStatus.Submitted.ToString(), await StatusAsync(factory, setup.Applications[0].ApplicationId));
    }

    [Fact]
    public async Task AnotherAssociationsApplicationAndCall_Are404()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, Tenant, 1);
        var id = setup.Applications[0].ApplicationId;
        var client = factory.Browser();
        await client.SignInAsync("staff@guangxi.example.com");
        await client.GetPageAsync(CheckUrl("guangxi", id), HttpStatusCode.NotFound);
        await client.GetPageAsync(QueueUrl("guangxi", setup.CallId), HttpStatusCode.NotFound);
        var token = (await client.GetPageAsync("/guangxi/staff/calls")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        using var post = await client.PostAsync(CheckUrl("guangxi", id), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Outcome"] = "Passed", ["Revision"] = "2",
        }));
        Assert.True(post.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, post.StatusCode.ToString());
        Assert.Equal("Submitted", await StatusAsync(factory, id));
    }

    [Theory]
    [InlineData("applicant@shanxi.example.com")]
    [InlineData("reviewer@shanxi.example.com")]
    public async Task ApplicantsAndReviewers_CannotOpenTheFormalCheck(string email)
    {
        var setup = await SubmittedApplications.CreateAsync(factory, Tenant, 1);
        var client = factory.Browser();
        await client.SignInAsync(email);
        foreach (var url in new[] { QueueUrl(Tenant, setup.CallId), CheckUrl(Tenant, setup.Applications[0].ApplicationId) })
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect or HttpStatusCode.Found, $"{url} → {(int)response.StatusCode}");
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                Assert.False(response.LocationPath().StartsWith(url, StringComparison.Ordinal));
            }
        }
    }
}
