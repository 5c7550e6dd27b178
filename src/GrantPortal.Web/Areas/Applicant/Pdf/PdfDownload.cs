using System.Net.Mime;
using GrantPortal.Infrastructure.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace GrantPortal.Web.Areas.Applicant.Pdf;

/// <summary>An application PDF as a download: attachment under its Chinese file name (RFC 5987), never cached or sniffed.</summary>
public static class PdfDownload
{
    public static FileContentResult Send(ControllerBase controller, RenderedPdf pdf)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(pdf);
        var disposition = new ContentDispositionHeaderValue(DispositionTypeNames.Attachment);
        disposition.SetHttpFileName(pdf.FileName);
        var headers = controller.Response.Headers;
        headers.ContentDisposition = disposition.ToString();
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        return controller.File(pdf.Content, MediaTypeNames.Application.Pdf);
    }
}
