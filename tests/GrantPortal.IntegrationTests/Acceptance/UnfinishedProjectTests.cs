using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Eligibility;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.EligibilityChecks;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Acceptance;

/// <summary>
/// Guangxi's 无故未完成历年项目的单位不得申报: an organisation whose funded project still runs (执行中) is refused by a
/// later call with that condition; once the project is accepted (已结项) it may apply again. Organisations without
/// awards are not affected, and the batched standings of the formal-check queue agree with one-at-a-time.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class UnfinishedProjectTests(PortalFactory factory)
{
    [Fact]
    public async Task RunningAward_RefusedByLaterCallWithTheCondition_AcceptedAwardIsNot()
    {
        var funded = await FundedAwards.CreateAsync(factory, "xinjiang", 2);
        var running = funded.Call.Applications[0].OrganizationId;
        var finished = funded.Call.Applications[1].OrganizationId;
        await factory.ScalarAsync("UPDATE awards SET status = 'Completed' WHERE id = $1", funded.AwardIds[1]);
        var later = await SubmittedApplications.CreateAsync(factory, "xinjiang", 1, configure: (_, category) =>
            category.SetRules(
                new GrantPortal.Domain.Calls.Eligibility
                {
                    Requirements = [new EligibilityRequirement([new EligibilityCondition(EligibilityFact.NoUnfinishedEarlierProject, "无故未完成往年项目的单位不得申报")])],
                },
                null, null, null, null, []));
        var fresh = later.Applications[0].OrganizationId;

        var (reasons, standings) = await InTenantAsync("xinjiang", async (db, services) =>
        {
            var category = await db.Categories.AsNoTracking().SingleAsync(c => c.Id == later.CategoryId);
            var eligibility = services.GetRequiredService<EligibilityService>();
            var reasons = new Dictionary<Guid, IReadOnlyList<Ineligibility>>();
            foreach (var organization in new[] { running, finished, fresh })
            {
                reasons[organization] = await eligibility.CheckAsync(organization, category, null);
            }
            return (reasons, await eligibility.StandingsAsync([running, finished, fresh, Guid.NewGuid()]));
        });

        var refusal = Assert.Single(reasons[running]);
        Assert.Equal(IneligibilityCode.UnfinishedProject, refusal.Code);
        Assert.True(refusal.Blocking);
        Assert.Contains("未完成的往年项目", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(reasons[finished]);
        Assert.DoesNotContain(reasons[fresh], r => r.Code == IneligibilityCode.UnfinishedProject);

        Assert.Equal(3, standings.Count);
        Assert.True(standings[running].HasUnfinishedProject);
        Assert.False(standings[finished].HasUnfinishedProject);
        Assert.False(standings[fresh].HasUnfinishedProject);
        Assert.Contains(standings[fresh].Applications, a => a.CallId == later.CallId);
    }

    private async Task<T> InTenantAsync<T>(string tenant, Func<PortalDbContext, IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), scope.ServiceProvider);
    }
}
