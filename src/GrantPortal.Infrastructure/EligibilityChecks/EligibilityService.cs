using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Eligibility;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.EligibilityChecks;

/// <summary>
/// Whether an organisation of the current association may apply to a category now: loads what the rule needs
/// (organisation, declared facts, debarments, the call with its tree, the organisation's other applications in the
/// call) and asks <see cref="EligibilityEvaluator"/>. Starting an application and submitting one both call it.
/// </summary>
public sealed class EligibilityService(PortalDbContext db, TimeProvider time)
{
    /// <summary>
    /// Every reason why <paramref name="organizationId"/> may not apply to <paramref name="category"/> now (warnings have
    /// Blocking false). <paramref name="excludingApplicationId"/>: the application being submitted, not counted
    /// against the call's limit. An organisation not of this association is refused as not eligible.
    /// </summary>
    public async Task<IReadOnlyList<Ineligibility>> CheckAsync(
        Guid organizationId, GrantCategory category, Guid? excludingApplicationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(category);
        var standing = await StandingAsync(organizationId, cancellationToken);
        var call = await db.Calls
            .Include(c => c.Categories).ThenInclude(c => c.Forms)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == category.CallId, cancellationToken);
        var node = call?.Categories.SingleOrDefault(c => c.Id == category.Id);
        if (standing is null || call is null || node is null)
        {
            return [new Ineligibility(IneligibilityCode.NotApplicable, "不属于本科协的单位或项目")];
        }
        return Check(standing, call, node, excludingApplicationId);
    }

    /// <summary>The organisation as eligibility sees it now; null when it is not this association's.</summary>
    public async Task<ApplicantStanding?> StandingAsync(Guid organizationId, CancellationToken cancellationToken = default) =>
        (await StandingsAsync([organizationId], cancellationToken)).GetValueOrDefault(organizationId);

    /// <summary>
    /// <see cref="StandingAsync"/> for many organisations in five queries, whatever their number (the formal-check queue
    /// of a call with 2,000 applications asked one organisation at a time: 8,000 queries a page). Organisations not of
    /// this association are absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, ApplicantStanding>> StandingsAsync(
        IReadOnlyCollection<Guid> organizationIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organizationIds);
        var ids = organizationIds.Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken);
        if (organizations.Count == 0)
        {
            return new Dictionary<Guid, ApplicantStanding>();
        }
        var facts = (await db.OrganizationFacts.AsNoTracking().Where(f => ids.Contains(f.OrganizationId)).ToListAsync(cancellationToken))
            .ToLookup(f => f.OrganizationId);
        var debarments = (await db.Debarments.AsNoTracking()
                .Where(d => ids.Contains(d.OrganizationId) && d.LiftedAt == null)
                .ToListAsync(cancellationToken))
            .ToLookup(d => d.OrganizationId);
        var applications = (await db.Applications.AsNoTracking()
                .Where(a => ids.Contains(a.OrganizationId))
                .Select(a => new { a.OrganizationId, Standing = new ApplicationStanding(a.Id, a.CallId, a.CategoryId, a.Status) })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.OrganizationId, a => a.Standing);
        // 未完成的往年项目: a funded project still running (not yet accepted, 已结项, nor terminated, 已终止).
        var unfinished = (await db.Awards.AsNoTracking()
                .Where(a => ids.Contains(a.OrganizationId) && a.Status == AwardStatus.Active)
                .Select(a => a.OrganizationId)
                .Distinct()
                .ToListAsync(cancellationToken))
            .ToHashSet();
        var now = time.GetUtcNow();
        var today = BeijingTime.Today(now);
        return organizations.ToDictionary(
            o => o.Id,
            o => new ApplicantStanding(o, facts[o.Id].ToList(), debarments[o.Id].ToList(), applications[o.Id].ToList(), unfinished.Contains(o.Id), now, today));
    }

    /// <summary>The rule for one category of a call loaded with its tree.</summary>
    public static IReadOnlyList<Ineligibility> Check(ApplicantStanding standing, GrantCall call, GrantCategory category, Guid? excludingApplicationId)
    {
        ArgumentNullException.ThrowIfNull(standing);
        ArgumentNullException.ThrowIfNull(call);
        var others = standing.Applications.Count(a =>
            a.CallId == call.Id && a.Id != excludingApplicationId
            && a.Status is not (ApplicationStatus.Draft or ApplicationStatus.Withdrawn));
        return EligibilityEvaluator.Check(new EligibilityInput(
            standing.Organization.Type, standing.Facts, standing.Debarments, call, category, call.PhaseAt(standing.Now),
            others, standing.HasUnfinishedProject, standing.Today));
    }
}
