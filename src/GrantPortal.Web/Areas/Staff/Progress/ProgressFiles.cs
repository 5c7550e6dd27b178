using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Web.Areas.Staff.Progress;

/// <summary>The stored files a report or request names, of the award's organisation only, in the order named.</summary>
public static class ProgressFiles
{
    public static async Task<IReadOnlyList<AttachmentLink>> ListAsync(
        PortalDbContext db, Guid organizationId, IReadOnlyList<Guid> ids, Func<Guid, string> url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(url);
        if (ids.Count == 0)
        {
            return [];
        }
        var files = await db.StoredFiles.AsNoTracking()
            .Where(f => ids.Contains(f.Id) && f.OrganizationId == organizationId)
            .Select(f => new { f.Id, f.OriginalName, f.Size })
            .ToListAsync(cancellationToken);
        var byId = files.ToDictionary(f => f.Id);
        return ids.Where(byId.ContainsKey).Select(id => new AttachmentLink(id, byId[id].OriginalName, byId[id].Size, url(id))).ToList();
    }
}
