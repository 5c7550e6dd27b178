using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Progress;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Web.Areas.Staff.Progress;

/// <summary>Reads what the change-request pages show for one award.</summary>
public static class ChangesLoader
{
    public static async Task<ChangesPage> PageAsync(PortalDbContext db, Award award, Func<ChangeRequest, Guid, string> fileUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(award);
        ArgumentNullException.ThrowIfNull(fileUrl);
        var requests = await db.ChangeRequests.AsNoTracking().Where(r => r.AwardId == award.Id).OrderByDescending(r => r.Number).ToListAsync(cancellationToken);
        var files = new Dictionary<Guid, IReadOnlyList<AttachmentLink>>();
        foreach (var request in requests.Where(r => r.AttachmentIds.Count > 0))
        {
            files[request.Id] = await ProgressFiles.ListAsync(db, award.OrganizationId, request.AttachmentIds, id => fileUrl(request, id), cancellationToken);
        }
        var call = await db.Calls.AsNoTracking().Include(c => c.Categories).SingleOrDefaultAsync(c => c.Id == award.CallId, cancellationToken);
        var rule = call is null ? null : AwardDeadline.Of(call, award.CategoryId);
        return new ChangesPage(award, requests, files, rule, ChangeRequest.CompletionDate(requests));
    }
}
