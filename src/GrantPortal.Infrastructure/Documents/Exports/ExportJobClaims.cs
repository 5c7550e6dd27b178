using GrantPortal.Domain.Documents;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Documents.Exports;

/// <summary>
/// Takes the next export job for one worker, across associations (the owner's connection): the oldest Queued job, or a
/// Running one whose heartbeat is older than <c>staleBefore</c> (its worker died), locked with FOR UPDATE SKIP LOCKED so
/// that two workers never take the same job, and marked Running with a fresh heartbeat and one more attempt. The
/// attempt count is the job's concurrency token: a worker that lost its job to a restart can no longer save it.
/// </summary>
public static class ExportJobClaims
{
    public static async Task<ExportJob?> ClaimAsync(PortalDbContext db, DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var queued = nameof(ExportJobStatus.Queued);
        var running = nameof(ExportJobStatus.Running);
        var claimed = await db.ExportJobs
            .FromSql($"""
                UPDATE export_jobs SET status = {running}, heartbeat_at = {now}, attempts = attempts + 1
                WHERE id = (
                    SELECT id FROM export_jobs
                    WHERE status = {queued} OR (status = {running} AND (heartbeat_at IS NULL OR heartbeat_at < {staleBefore}))
                    ORDER BY requested_at, id
                    LIMIT 1
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
            .IgnoreQueryFilters()
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return claimed.FirstOrDefault();
    }
}
