using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Web.Infrastructure;

/// <summary>
/// Sends one stored file of an organisation (an application's answer, a report's attachment, an acceptance material)
/// through <see cref="FileDownload"/>; 404 when the file is not that organisation's or its bytes are gone. The caller
/// has already checked that the file belongs to what the page is about.
/// </summary>
public static class StoredFileDownload
{
    public static async Task<IActionResult> SendAsync(
        ControllerBase controller, PortalDbContext db, IFileContentStore store, Guid fileId, Guid organizationId,
        CancellationToken cancellationToken, Func<string, bool>? inline = null)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(store);
        var file = await db.StoredFiles.AsNoTracking()
            .SingleOrDefaultAsync(f => f.Id == fileId && f.OrganizationId == organizationId, cancellationToken);
        var content = file is null ? null : await store.GetAsync(file, cancellationToken);
        return content is null
            ? controller.NotFound()
            : FileDownload.Send(controller, content, file!.ContentType, file.OriginalName, inline?.Invoke(file.ContentType) ?? false);
    }
}
