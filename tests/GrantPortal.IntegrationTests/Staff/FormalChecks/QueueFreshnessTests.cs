using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Eligibility;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using static GrantPortal.IntegrationTests.Staff.FormalChecks.FormalCheckSetup;

namespace GrantPortal.IntegrationTests.Staff.FormalChecks;

/// <summary>
/// The formal-check list keeps each application's checklist summary for about a minute: a change to the application
/// (here the similarity flag) shows at once, a change elsewhere (a debarment of its organisation) within the lifetime,
/// and the application's own check page always checks afresh.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class QueueFreshnessTests(PortalFactory factory)
{
    private const string Tenant = "guangxi";

    [Fact]
    public async Task Queue_ShowsTheApplicationsOwnChangeAtOnce_AndADebarmentWithinTheLifetime()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, Tenant, 2);
        var (similar, debarred) = (setup.Applications[0], setup.Applications[1]);
        var client = factory.Browser();
        await client.SignInAsync("staff@guangxi.example.com");
        var flaggedUrl = QueueUrl(Tenant, setup.CallId) + "?flag=flagged";
        Assert.Empty((await client.GetPageAsync(flaggedUrl)).QuerySelectorAll("tr[data-application]"));

        await InTenantAsync(factory, Tenant, async (db, _) =>
        {
            (await db.Applications.SingleAsync(a => a.Id == similar.ApplicationId)).FlagSimilarity(debarred.ApplicationId, 0.93m);
            var today = BeijingTime.Today(factory.Clock.GetUtcNow());
            db.Debarments.Add(new Debarment(setup.TenantId, debarred.OrganizationId, DebarmentReason.Falsification, today.AddDays(-1), today.AddYears(1), "测试", null, factory.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
            return 0;
        });

        var flagged = await client.GetPageAsync(flaggedUrl);
        Assert.NotNull(flagged.QuerySelector($"tr[data-application='{similar.ApplicationId}']"));
        Assert.Null(flagged.QuerySelector($"tr[data-application='{debarred.ApplicationId}']"));
        Assert.NotNull(flagged.GetElementById("fc-list-freshness"));
        var check = await client.GetPageAsync(CheckUrl(Tenant, debarred.ApplicationId));
        Assert.Contains("fail", check.QuerySelector("tr[data-item='debarment']")!.ClassName, StringComparison.Ordinal);

        var now = factory.Clock.GetUtcNow();
        try
        {
            factory.Clock.Set(now + Infrastructure.FormalChecks.ChecklistSummaryCache.Lifetime);
            flagged = await client.GetPageAsync(flaggedUrl);
            Assert.NotNull(flagged.QuerySelector($"tr[data-application='{debarred.ApplicationId}']"));
            Assert.NotNull(flagged.QuerySelector($"tr[data-application='{similar.ApplicationId}']"));
        }
        finally
        {
            factory.Clock.Set(now);
        }
    }
}
