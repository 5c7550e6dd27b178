using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Reviews.Scoring;

/// <summary>Reads a call's review progress and submitted scores (current association) for the staff page and the spreadsheet.</summary>
public sealed class ReviewScoresReport(PortalDbContext db, ReviewFormStore forms, TimeProvider time)
{
    /// <summary>Null when the call is not the current association's.</summary>
    public async Task<ReviewScoresData?> LoadAsync(Guid callId, CancellationToken cancellationToken = default)
    {
        var call = await db.Calls.AsNoTracking().Where(c => c.Id == callId).Select(c => new { c.Id, c.Title }).SingleOrDefaultAsync(cancellationToken);
        if (call is null)
        {
            return null;
        }
        var now = time.GetUtcNow();
        var formsOfCall = await forms.OfCallAsync(callId, cancellationToken);
        var categories = await db.Categories.AsNoTracking().Where(c => c.CallId == callId).OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new { c.Id, c.Code, c.Name }).ToListAsync(cancellationToken);
        var assignments = await db.ReviewAssignments.AsNoTracking()
            .Where(a => a.CallId == callId && (a.Status == ReviewAssignmentStatus.Assigned || a.Status == ReviewAssignmentStatus.Submitted))
            .Select(a => new { a.ApplicationId, a.CategoryId, a.Status, a.DueAt })
            .ToListAsync(cancellationToken);
        var scores = await (
            from s in db.ReviewScores.AsNoTracking()
            join e in db.Experts on s.ExpertId equals e.Id
            where s.CallId == callId
            orderby s.SubmittedAt
            select new { s.ApplicationId, Row = new ScoreRow(e.Name, s.ExpertType, s.Scores, s.Total, s.Recommendation, s.SuggestedAmount, s.Comment, s.SubmittedAt, s.Late) })
            .ToListAsync(cancellationToken);
        var reviewed = assignments.Select(a => a.ApplicationId).Concat(scores.Select(s => s.ApplicationId)).ToHashSet();
        var applications = await (
            from a in db.Applications.AsNoTracking()
            join o in db.Organizations on a.OrganizationId equals o.Id
            where a.CallId == callId
            select new { a.Id, a.CategoryId, a.Number, a.Title, Organization = o.Name, a.RequestedAmount })
            .ToListAsync(cancellationToken);

        var result = new List<CategoryScores>();
        foreach (var category in categories)
        {
            var own = assignments.Where(a => a.CategoryId == category.Id).ToList();
            var rows = applications
                .Where(a => a.CategoryId == category.Id && reviewed.Contains(a.Id))
                .OrderBy(a => a.Number, StringComparer.Ordinal)
                .Select(a => new ApplicationScores(
                    a.Id, a.Number, a.Title, a.Organization, category.Code, a.RequestedAmount,
                    own.Count(x => x.ApplicationId == a.Id),
                    scores.Where(s => s.ApplicationId == a.Id).Select(s => s.Row).ToList()))
                .ToList();
            if (own.Count == 0 && rows.Count == 0)
            {
                continue;
            }
            result.Add(new CategoryScores(
                category.Id, category.Code, category.Name, ReviewFormStore.Effective(formsOfCall, category.Id),
                own.Count,
                own.Count(a => a.Status == ReviewAssignmentStatus.Submitted),
                own.Count(a => a.Status == ReviewAssignmentStatus.Assigned && a.DueAt is { } due && due <= now),
                rows.Sum(r => r.Scores.Count(s => s.Late)),
                rows));
        }
        return new ReviewScoresData(call.Id, call.Title, result);
    }
}
