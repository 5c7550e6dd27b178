using GrantPortal.Domain.Files;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GrantPortal.Web.Areas.Staff.Scans;

/// <summary>Serves a scan: images may be shown inline (never sniffed as anything else), everything else as a download.</summary>
public static class ScanFile
{
    public static IActionResult Result(ControllerBase controller, StoredFile file, byte[] content, bool inline)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(file);
        var image = file.ContentType is "image/png" or "image/jpeg";
        return FileDownload.Send(controller, content, file.ContentType, file.OriginalName, inline && image);
    }
}
