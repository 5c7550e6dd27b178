using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Reviews;
using GrantPortal.Domain.Reviews.Ranking;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Reviews.Ranking;

/// <summary>
/// Loads what a call's ranking needs (applications in expert review or already decided, their submitted scores, the
/// sub-types they chose) and builds the <see cref="CallRanking"/>.
/// </summary>
public sealed class RankingService(PortalDbContext db)
{
    /// <summary>The statuses ranked: in expert review, or past it (public notice, approved, not approved).</summary>
    public static readonly IReadOnlyList<ApplicationStatus> RankedStatuses =
        [ApplicationStatus.ExpertReview, ApplicationStatus.PublicNotice, ApplicationStatus.Approved, ApplicationStatus.NotApproved];

    /// <summary>The ranking of the current association's call; null when there is no such call.</summary>
    public async Task<RankingSnapshot?> LoadAsync(Guid callId, RankingOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var call = await db.Calls
            .Include(c => c.Categories).ThenInclude(c => c.Forms)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == callId, cancellationToken);
        if (call is null)
        {
            return null;
        }
        var applications = await (
            from a in db.Applications.AsNoTracking()
            join o in db.Organizations on a.OrganizationId equals o.Id
            where a.CallId == callId && RankedStatuses.Contains(a.Status)
            select new { a.Id, a.CategoryId, a.FormDefinitionId, a.Number, a.Title, Applicant = o.Name, a.RequestedAmount, a.SubmittedAt, a.Values })
            .ToListAsync(cancellationToken);
        var selectingKeys = call.Categories.SelectMany(c => c.Forms)
            .ToDictionary(f => f.Id, f => f.Schema.Sections.SelectMany(s => s.Fields).Where(f => f.SelectsCategory).Select(f => f.Key).ToList());
        var candidates = applications
            .Select(a => new RankingCandidate(
                a.Id, a.CategoryId, a.Number ?? "", a.Title, a.Applicant, a.RequestedAmount, a.SubmittedAt,
                Subtypes(a.Values, selectingKeys.GetValueOrDefault(a.FormDefinitionId) ?? [])))
            .ToList();
        var ids = candidates.Select(c => c.ApplicationId).ToList();
        var scores = await db.ReviewScores.AsNoTracking()
            .Where(s => s.CallId == callId && ids.Contains(s.ApplicationId))
            .Select(s => new RankingScore(s.ApplicationId, s.ExpertId, s.ExpertType, s.Total, s.Recommendation, s.SuggestedAmount))
            .ToListAsync(cancellationToken);
        var assignments = await db.ReviewAssignments.AsNoTracking()
            .Where(a => a.CallId == callId && ids.Contains(a.ApplicationId)
                && (a.Status == ReviewAssignmentStatus.Assigned || a.Status == ReviewAssignmentStatus.Submitted))
            .GroupBy(a => a.CategoryId)
            .Select(g => new { CategoryId = g.Key, Expected = g.Count(), Submitted = g.Count(a => a.Status == ReviewAssignmentStatus.Submitted) })
            .ToListAsync(cancellationToken);
        var progress = call.AllCategories.Where(c => c.IsApplicable)
            .Select(c => new CategoryProgress(
                c,
                candidates.Count(a => a.CategoryId == c.Id),
                assignments.SingleOrDefault(a => a.CategoryId == c.Id)?.Expected ?? 0,
                assignments.SingleOrDefault(a => a.CategoryId == c.Id)?.Submitted ?? 0))
            .ToList();
        var decision = await db.PanelDecisions.AsNoTracking().Include(d => d.Lines).SingleOrDefaultAsync(d => d.CallId == callId, cancellationToken);
        return new RankingSnapshot(call, CallRanking.Build(call, candidates, scores, options), progress, decision);
    }

    private static string[] Subtypes(IReadOnlyDictionary<string, string> values, IReadOnlyList<string> keys) =>
        keys.SelectMany(k => values.TryGetValue(k, out var value)
                ? value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [])
            .Distinct(StringComparer.Ordinal)
            .ToArray();
}
