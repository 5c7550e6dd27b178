using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Support;

/// <summary>
/// Awards (立项项目) made directly, without the public notice: a call of one category (see
/// <see cref="SubmittedApplications"/>) with the given disbursement schedule (Xinjiang's 60/30/10 by default) and one
/// award per application, for the pages that come after the notice (agreement, payments, mid-term, acceptance).
/// </summary>
public static class FundedAwards
{
    public static readonly IReadOnlyList<TrancheRule> Xinjiang =
    [
        new(60m, DisbursementMilestone.OnApproval),
        new(30m, DisbursementMilestone.MidTermEvaluation),
        new(10m, DisbursementMilestone.Acceptance),
    ];

    public sealed record Setup(SubmittedApplications.Setup Call, IReadOnlyList<Guid> AwardIds);

    /// <summary>
    /// <paramref name="count"/> awards of <paramref name="amount"/> yuan each; <paramref name="configure"/> may change the
    /// call and category further before publication (its schedule is set first).
    /// </summary>
    public static async Task<Setup> CreateAsync(
        WebApplicationFactory<Program> factory, string tenant, int count, decimal amount = 30000m, IReadOnlyList<TrancheRule>? schedule = null,
        Action<GrantCall, GrantCategory>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var call = await SubmittedApplications.CreateAsync(factory, tenant, count, configure: (c, category) =>
        {
            c.SetRules(null, c.Submission, schedule ?? Xinjiang, c.Review, c.Eligibility, c.SpendingRules, c.Debarments, c.Contacts, c.Notes);
            configure?.Invoke(c, category);
        });
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var grantCall = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == call.CallId);
        var ids = new List<Guid>();
        foreach (var submitted in call.Applications)
        {
            var application = await db.Applications.SingleAsync(a => a.Id == submitted.ApplicationId);
            var award = Award.Grant(application, submitted.OrganizationName, amount, grantCall.Disbursement, null, DateTimeOffset.UtcNow);
            db.Awards.Add(award);
            ids.Add(award.Id);
        }
        await db.SaveChangesAsync();
        return new Setup(call, ids);
    }
}
