using System.Net.Mime;
using GrantPortal.Domain.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace GrantPortal.Web.Areas.Staff.Scans;

/// <summary>Serves a scan: images may be shown inline (never sniffed as anything else), everything else as a download.</summary>
public static class ScanFile
{
    public static IActionResult Result(ControllerBase controller, StoredFile file, bool inline)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(file);
        var image = file.ContentType is "image/png" or "image/jpeg";
        var disposition = new ContentDispositionHeaderValue(inline && image ? DispositionTypeNames.Inline : DispositionTypeNames.Attachment);
        disposition.SetHttpFileName(file.OriginalName);
        controller.Response.Headers.ContentDisposition = disposition.ToString();
        controller.Response.Headers.XContentTypeOptions = "nosniff";
        return controller.File(file.Content!.Data, file.ContentType);
    }
}
