using System.Net.Mime;
using GrantPortal.Infrastructure.Documents;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GrantPortal.Web.Areas.Applicant.Pdf;

/// <summary>An application PDF as a download: attachment under its Chinese file name (RFC 5987), never cached or sniffed.</summary>
public static class PdfDownload
{
    public static FileContentResult Send(ControllerBase controller, RenderedPdf pdf)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(pdf);
        controller.Response.Headers.CacheControl = "no-store";
        return FileDownload.Send(controller, pdf.Content, MediaTypeNames.Application.Pdf, pdf.FileName);
    }
}
