using GrantPortal.Domain.Applications;
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
    public async Task<ApplicantStanding?> StandingAsync(Guid organizationId, CancellationToken cancellationToken = default)
    {
        var organization = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        if (organization is null)
        {
            return null;
        }
        var facts = await db.OrganizationFacts.AsNoTracking().Where(f => f.OrganizationId == organizationId).ToListAsync(cancellationToken);
        var debarments = await db.Debarments.AsNoTracking()
            .Where(d => d.OrganizationId == organizationId && d.LiftedAt == null)
            .ToListAsync(cancellationToken);
        var applications = await db.Applications.AsNoTracking()
            .Where(a => a.OrganizationId == organizationId)
            .Select(a => new ApplicationStanding(a.Id, a.CallId, a.CategoryId, a.Status))
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        // Completion and acceptance of projects come with a later issue: until then no project counts as unfinished.
        return new ApplicantStanding(organization, facts, debarments, applications, HasUnfinishedProject: false, now, BeijingTime.Today(now));
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
