using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Reviews.Ranking;

/// <summary>
/// A call whose applications are in expert review and scored: <see cref="SubmittedApplications"/>, the status set to
/// ExpertReview, and one expert per column of <c>totals</c> who scored each application (row).
/// </summary>
internal static class ReviewedCall
{
    public static async Task<SubmittedApplications.Setup> CreateAsync(PortalFactory factory, string tenant, decimal[][] totals)
    {
        var setup = await SubmittedApplications.CreateAsync(factory, tenant, totals.Length);
        await factory.ScalarAsync("UPDATE grant_applications SET status = 'ExpertReview' WHERE call_id = $1", setup.CallId);

        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTimeOffset.UtcNow;
        var experts = Enumerable.Range(0, totals.Max(t => t.Length))
            .Select(i => new Expert(association.Id, $"专家{setup.Code}-{i}", "某大学", i == 1 ? ExpertType.Financial : ExpertType.Technical, now))
            .ToList();
        db.Experts.AddRange(experts);
        for (var row = 0; row < totals.Length; row++)
        {
            var id = setup.Applications[row].ApplicationId;
            var application = await db.Applications.SingleAsync(a => a.Id == id);
            for (var column = 0; column < totals[row].Length; column++)
            {
                var assignment = new ReviewAssignment(application, experts[column], false, null, now);
                assignment.MarkSubmitted(now);
                db.ReviewAssignments.Add(assignment);
                db.ReviewScores.Add(new ReviewScore(
                    assignment, new Dictionary<string, decimal> { ["total"] = totals[row][column] }, totals[row][column], "意见",
                    ReviewRecommendation.Support, null, now));
            }
        }
        await db.SaveChangesAsync();
        return setup;
    }
}
