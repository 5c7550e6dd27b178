using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Documents;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Documents.Scans;

/// <summary>
/// 扫描件状态: for applications of the current tenant, whether the sealed paper copy was uploaded and matches the latest
/// submitted version (Missing / Unconfirmed / Matches / Mismatch / Outdated). The latest upload counts.
/// </summary>
public sealed class SealedScanStatus(PortalDbContext db)
{
    public async Task<ScanCheck> ForApplicationAsync(Guid applicationId, CancellationToken cancellationToken = default) =>
        (await ForApplicationsAsync([applicationId], cancellationToken))[applicationId];

    /// <summary>One entry per id asked for (Missing for unknown ids).</summary>
    public async Task<IReadOnlyDictionary<Guid, ScanCheck>> ForApplicationsAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(applicationIds);
        var ids = applicationIds.Distinct().ToList();
        var latest = await LatestScansAsync(ids, cancellationToken);
        var withScans = latest.Keys.ToList();
        var submissions = withScans.Count == 0 ? [] : await db.ApplicationSubmissions.AsNoTracking()
            .Where(s => withScans.Contains(s.ApplicationId))
            .ToListAsync(cancellationToken);
        return Evaluate(ids, latest, submissions.ToLookup(s => s.ApplicationId));
    }

    /// <summary>The same for applications loaded with their submissions: their submissions are not read a second time.</summary>
    public async Task<IReadOnlyDictionary<Guid, ScanCheck>> ForLoadedAsync(IReadOnlyCollection<GrantApplication> applications, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(applications);
        var ids = applications.Select(a => a.Id).Distinct().ToList();
        var latest = await LatestScansAsync(ids, cancellationToken);
        return Evaluate(ids, latest, applications.SelectMany(a => a.Submissions).ToLookup(s => s.ApplicationId));
    }

    private async Task<Dictionary<Guid, SealedScan>> LatestScansAsync(List<Guid> ids, CancellationToken cancellationToken) =>
        (await db.SealedScans.AsNoTracking()
            .Where(s => ids.Contains(s.ApplicationId))
            .ToListAsync(cancellationToken))
        .GroupBy(s => s.ApplicationId)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.UploadedAt).ThenByDescending(s => s.Id).First());

    private static Dictionary<Guid, ScanCheck> Evaluate(List<Guid> ids, Dictionary<Guid, SealedScan> latest, ILookup<Guid, ApplicationSubmission> byApplication)
    {
        var result = new Dictionary<Guid, ScanCheck>();
        foreach (var id in ids)
        {
            if (!latest.TryGetValue(id, out var scan))
            {
                result[id] = ScanCheck.Missing;
                continue;
            }
            var verdict = Domain.Documents.ScanMatch.Evaluate(scan, byApplication[id].ToList<ApplicationSubmission>());
            result[id] = new ScanCheck(ScanCheck.Of(verdict.Status), scan, verdict);
        }
        return result;
    }
}
