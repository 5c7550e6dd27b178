using GrantPortal.Domain.Common;
using GrantPortal.Domain.Eligibility;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Debarments;

/// <summary>取消申报资格: staff record that an organisation may not apply for a period, and lift it with a reason.</summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class DebarmentsController(PortalDbContext db, TenantContext tenant, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("/{tenant}/staff/debarments")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await PageAsync(new DebarmentForm { From = BeijingTime.Today(time.GetUtcNow()) }, null, cancellationToken));

    [HttpPost("/{tenant}/staff/debarments")]
    public async Task<IActionResult> Record(DebarmentForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.OrganizationId is { } organizationId && !await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.OrganizationId), l["请选择本会的申报单位"]);
        }
        if (!ModelState.IsValid)
        {
            return View("Index", await PageAsync(form, null, cancellationToken));
        }
        var from = form.From!.Value;
        var until = form.Years is { } years ? Debarment.UntilFor(from, years) : form.Until!.Value;
        db.Debarments.Add(new Debarment(tenant.TenantId!.Value, form.OrganizationId!.Value, form.Reason!.Value, from, until, form.Note, User.UserId(), time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = l["已记录取消申报资格（至 {0}）", Display.Format.Date(until)].Value;
        return LocalRedirect($"/{tenant.Association!.Identifier}/staff/debarments");
    }

    [HttpPost("/{tenant}/staff/debarments/{id:guid}/lift")]
    public async Task<IActionResult> Lift(Guid id, LiftForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var debarment = await db.Debarments.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (debarment is null)
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(form.LiftReason) || form.LiftReason.Length > 500)
        {
            ModelState.AddModelError(nameof(form.LiftReason), l["请填写解除原因（500 字以内）"]);
            return View("Index", await PageAsync(new DebarmentForm { From = BeijingTime.Today(time.GetUtcNow()) }, id, cancellationToken));
        }
        if (!debarment.IsLifted)
        {
            debarment.Lift(form.LiftReason, User.UserId(), time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        TempData["Notice"] = l["已解除取消申报资格"].Value;
        return LocalRedirect($"/{tenant.Association!.Identifier}/staff/debarments");
    }

    private async Task<DebarmentsPage> PageAsync(DebarmentForm form, Guid? liftErrorFor, CancellationToken cancellationToken)
    {
        var organizations = await db.Organizations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var names = organizations.ToDictionary(o => o.Id, o => o.Name);
        var debarments = await db.Debarments.AsNoTracking().OrderByDescending(d => d.RecordedAt).ToListAsync(cancellationToken);
        var calls = await db.Calls.AsNoTracking().OrderByDescending(c => c.Year).Select(c => new { c.Title, c.Debarments }).ToListAsync(cancellationToken);
        return new DebarmentsPage(
            debarments.Select(d => new DebarmentRow(d, names.GetValueOrDefault(d.OrganizationId, "?"))).ToList(),
            organizations.Select(o => (o.Id, o.Name)).ToList(),
            calls.SelectMany(c => c.Debarments.Select(r => (c.Title, r))).ToList(),
            form, BeijingTime.Today(time.GetUtcNow()), liftErrorFor);
    }
}
