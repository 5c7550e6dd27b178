using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Reviews;

/// <summary>Loads applications as the conflict rules see them: organisation name, partner units of the latest submission, avoidance requests, text.</summary>
public sealed class ReviewedApplications(PortalDbContext db)
{
    public async Task<IReadOnlyList<ReviewedApplication>> LoadAsync(IQueryable<GrantApplication> applications, CancellationToken cancellationToken = default)
    {
        var rows = await (
            from a in applications.AsNoTracking()
            join o in db.Organizations on a.OrganizationId equals o.Id
            orderby a.Number, a.CreatedAt
            select new { Application = a, o.Name })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Application.Id).ToList();
        var latest = await db.ApplicationSubmissions.AsNoTracking()
            .Where(s => ids.Contains(s.ApplicationId))
            .GroupBy(s => s.ApplicationId)
            .Select(g => g.OrderByDescending(s => s.Version).First())
            .ToListAsync(cancellationToken);
        var values = latest.ToDictionary(s => s.ApplicationId, s => s.Values);
        return rows.Select(r => ReviewedApplication.Of(r.Application, r.Name, values.GetValueOrDefault(r.Application.Id))).ToList();
    }

    public async Task<ReviewedApplication?> FindAsync(Guid applicationId, CancellationToken cancellationToken = default) =>
        (await LoadAsync(db.Applications.Where(a => a.Id == applicationId), cancellationToken)).SingleOrDefault();
}
