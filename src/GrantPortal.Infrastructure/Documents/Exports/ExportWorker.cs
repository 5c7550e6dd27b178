using System.Globalization;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Documents;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrantPortal.Infrastructure.Documents.Exports;

/// <summary>
/// Makes the queued exports in the background, one job at a time per instance: claims a job (<see cref="ExportJobClaims"/>),
/// then, as the job's association and requester, renders, seals and signs each PDF (<see cref="ExportBuilder"/>), saving
/// the progress (and the heartbeat) after each document, and stores the ZIP with the job marked Done in one save.
/// A job whose worker died is restarted from the beginning by the next claim; after <see cref="ExportJob.MaxAttempts"/>
/// starts it is marked Failed.
/// </summary>
public sealed class ExportWorker(
    DatabaseInitializer databases, IServiceScopeFactory scopes, AssociationDirectory associations, TimeProvider time,
    IOptions<ExportOptions> options, ILogger<ExportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(0.2, options.Value.IntervalSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunOnceAsync(stoppingToken))
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the worker outlives any one failure (database restarting): log it and try again next round
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogError(e, "Export round failed");
            }
            try
            {
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Claims and makes one job; false when none was waiting.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        ExportJob? claimed;
        await using (var owner = databases.CreateOwnerContext())
        {
            var now = time.GetUtcNow();
            claimed = await ExportJobClaims.ClaimAsync(owner, now, now.AddSeconds(-Math.Max(5, options.Value.StaleSeconds)), cancellationToken);
        }
        if (claimed is null)
        {
            return false;
        }
        await ProcessAsync(claimed.Id, claimed.TenantId, cancellationToken);
        return true;
    }

    private async Task ProcessAsync(Guid jobId, Guid tenantId, CancellationToken cancellationToken)
    {
        var association = (await associations.AllAsync(cancellationToken)).Values.Single(a => a.Id == tenantId);
        await using var scope = scopes.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantContext>();
        tenant.SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var job = await db.ExportJobs.SingleAsync(j => j.Id == jobId, cancellationToken);
        tenant.SetUser(job.RequestedBy);
        if (job.Attempts > ExportJob.MaxAttempts)
        {
            job.Fail($"导出已中断 {job.Attempts - 1} 次，已停止，请重新导出", time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        logger.LogInformation("Export {JobId} ({Scope} {ScopeId}) started, attempt {Attempt}", job.Id, job.Scope, job.ScopeId, job.Attempts);
        try
        {
            var builder = scope.ServiceProvider.GetRequiredService<ExportBuilder>();
            var items = await builder.ItemsAsync(job.Scope, job.ScopeId, cancellationToken);
            job.Start(items.Count, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            using var zip = new MemoryStream();
            await builder.WriteZipAsync(items, zip, async done =>
            {
                job.Progress(done, time.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
            var archive = new ExportArchive(job.TenantId, job.Id, ArchiveName(job, time.GetUtcNow()), zip.ToArray(), time.GetUtcNow());
            db.ExportArchives.Add(archive);
            job.Complete(archive.Id, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Export {JobId} done: {Count} documents, {Bytes} bytes", job.Id, items.Count, archive.Size);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogWarning("Export {JobId} was taken over by another worker (restarted as abandoned); this run stops", jobId);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the job stays Running and is restarted once its heartbeat is stale.
            throw;
        }
#pragma warning disable CA1031 // any failure of one job is recorded on the job, and the worker goes on
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Export {JobId} failed", jobId);
            await using var fresh = scopes.CreateAsyncScope();
            fresh.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
            var again = fresh.ServiceProvider.GetRequiredService<PortalDbContext>();
            var failed = await again.ExportJobs.SingleAsync(j => j.Id == jobId, CancellationToken.None);
            if (failed.Attempts == job.Attempts)
            {
                failed.Fail("导出失败：" + e.Message, time.GetUtcNow());
                await again.SaveChangesAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>"{scope label}-{yyyyMMdd-HHmm}.zip" (Beijing time).</summary>
    public static string ArchiveName(ExportJob job, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(job);
        var label = ExportBuilder.EntryName(job.ScopeLabel, BeijingTime.ToBeijing(now).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture));
        return label[..^4] + ".zip";
    }
}
