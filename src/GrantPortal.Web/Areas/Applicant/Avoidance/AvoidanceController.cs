using GrantPortal.Domain.Common;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Applicant.Avoidance;

/// <summary>
/// 申请回避专家: while its application can be changed, the applicant names up to three experts who should not review it,
/// with reasons. Staff see the requests; a matching expert is never assigned. The applicant never sees who reviews.
/// </summary>
[Area("Applicant")]
[Authorize(Roles = "Applicant")]
public sealed class AvoidanceController(PortalDbContext db, TenantContext tenant, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("/{tenant}/my/applications/{applicationId:guid}/avoid")]
    public async Task<IActionResult> Edit(Guid applicationId, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(applicationId, cancellationToken);
        return loaded is null ? NotFound() : View(new AvoidancePage(loaded.Value.Application, loaded.Value.Editable, AvoidanceForm.Of(loaded.Value.Application)));
    }

    [HttpPost("/{tenant}/my/applications/{applicationId:guid}/avoid")]
    public async Task<IActionResult> Edit(Guid applicationId, AvoidanceForm form, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(applicationId, cancellationToken);
        if (loaded is null)
        {
            return NotFound();
        }
        var (application, editable, phase) = loaded.Value;
        if (!editable)
        {
            ModelState.AddModelError("", l["申报书已提交或已截止，不能修改回避申请；如需修改，请在截止前撤回申报书"]);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new AvoidancePage(application, editable, form));
        }
        try
        {
            application.RequestAvoidance(form.Requests(), phase);
        }
        catch (DomainException)
        {
            ModelState.AddModelError("", l["回避申请未保存：最多 3 位专家，每位需填写姓名和理由"]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new AvoidancePage(application, editable, form));
        }
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = l["已保存回避申请"].Value;
        return LocalRedirect($"/{tenant.Association!.Identifier}/my/applications/{application.Id}/avoid");
    }

    private async Task<(Domain.Applications.GrantApplication Application, bool Editable, Domain.Calls.CallPhase Phase)?> LoadAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId)
        {
            return null;
        }
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId && a.OrganizationId == organizationId, cancellationToken);
        if (application is null)
        {
            return null;
        }
        var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == application.CallId, cancellationToken);
        var phase = call.PhaseAt(time.GetUtcNow());
        return (application, application.IsEditableIn(phase), phase);
    }
}
