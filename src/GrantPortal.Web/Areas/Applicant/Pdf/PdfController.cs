using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Documents;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Web.Areas.Applicant.Pdf;

/// <summary>下载申报书 PDF: the official form of the organisation's own application, to print, seal and scan.</summary>
[Area("Applicant")]
[Authorize(Roles = nameof(PortalRole.Applicant))]
public sealed class PdfController(PortalDbContext db, TenantContext tenant, IApplicationPdf pdf) : Controller
{
    /// <summary>The latest submitted version, or <paramref name="version"/>; 404 for another organisation's application.</summary>
    [HttpGet("/{tenant}/my/applications/{applicationId:guid}/pdf")]
    public async Task<IActionResult> Download(Guid applicationId, int? version, CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId
            || !await db.Applications.AsNoTracking().AnyAsync(a => a.Id == applicationId && a.OrganizationId == organizationId, cancellationToken))
        {
            return NotFound();
        }
        var rendered = await pdf.RenderAsync(applicationId, version, cancellationToken);
        if (rendered is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("NotSubmitted", new NotSubmittedViewModel($"/{tenant.Association!.Identifier}/my/applications/{applicationId}", version));
        }
        return PdfDownload.Send(this, rendered);
    }
}
