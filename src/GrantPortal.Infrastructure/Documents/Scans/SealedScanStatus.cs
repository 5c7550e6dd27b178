using GrantPortal.Domain.Applications;
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
        var scans = await db.SealedScans.AsNoTracking()
            .Where(s => ids.Contains(s.ApplicationId))
            .ToListAsync(cancellationToken);
        var latest = scans.GroupBy(s => s.ApplicationId).ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.UploadedAt).ThenByDescending(s => s.Id).First());
        var withScans = latest.Keys.ToList();
        var submissions = withScans.Count == 0 ? [] : await db.ApplicationSubmissions.AsNoTracking()
            .Where(s => withScans.Contains(s.ApplicationId))
            .ToListAsync(cancellationToken);
        var byApplication = submissions.ToLookup(s => s.ApplicationId);
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
