using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Documents;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Areas.Applicant.Pdf;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Web.Areas.Staff.Pdf;

/// <summary>申报书 PDF for staff: one application's plain form as the applicant prints it (sealed and signed exports are elsewhere).</summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class PdfController(PortalDbContext db, TenantContext tenant, IApplicationPdf pdf) : Controller
{
    /// <summary>The latest submitted version, or <paramref name="version"/>; 404 for another association's application.</summary>
    [HttpGet("/{tenant}/staff/applications/{applicationId:guid}/pdf")]
    public async Task<IActionResult> Download(Guid applicationId, int? version, CancellationToken cancellationToken)
    {
        if (!await db.Applications.AsNoTracking().AnyAsync(a => a.Id == applicationId, cancellationToken))
        {
            return NotFound();
        }
        var rendered = await pdf.RenderAsync(applicationId, version, cancellationToken);
        if (rendered is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("NotSubmitted", new NotSubmittedViewModel($"/{tenant.Association!.Identifier}/staff/applications/{applicationId}", version));
        }
        return PdfDownload.Send(this, rendered);
    }
}
