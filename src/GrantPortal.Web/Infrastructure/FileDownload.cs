using System.Net.Mime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace GrantPortal.Web.Infrastructure;

/// <summary>
/// Every file the portal hands out: under its own (Chinese) name, encoded per RFC 5987, never sniffed as another type;
/// an attachment unless shown inline.
/// </summary>
public static class FileDownload
{
    public static FileContentResult Send(ControllerBase controller, byte[] content, string contentType, string fileName, bool inline = false)
    {
        ArgumentNullException.ThrowIfNull(controller);
        var disposition = new ContentDispositionHeaderValue(inline ? DispositionTypeNames.Inline : DispositionTypeNames.Attachment);
        disposition.SetHttpFileName(fileName);
        controller.Response.Headers.ContentDisposition = disposition.ToString();
        controller.Response.Headers.XContentTypeOptions = "nosniff";
        return controller.File(content, contentType);
    }
}
