using GrantPortal.Domain.Progress;
using GrantPortal.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Web.Areas.Staff.Progress;

/// <summary>中期与变更 (staff worklist of a call): mid-term reports waiting for evaluation, pending change requests, and every award's state.</summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class ProgressController(PortalDbContext db) : Controller
{
    [HttpGet("/{tenant}/staff/calls/{id:guid}/progress")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Id, c.Year, c.Title }).SingleOrDefaultAsync(cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        var awards = await db.Awards.AsNoTracking().Where(a => a.CallId == id).OrderBy(a => a.ApplicationNumber).ToListAsync(cancellationToken);
        var reports = await db.MidTermReports.AsNoTracking().Where(r => r.CallId == id)
            .Select(r => new { r.AwardId, r.Status, r.SubmittedAt }).ToDictionaryAsync(r => r.AwardId, cancellationToken);
        var changes = (await db.ChangeRequests.AsNoTracking().Where(r => r.CallId == id).ToListAsync(cancellationToken)).ToLookup(r => r.AwardId);
        var rows = awards.Select(a =>
        {
            var report = reports.GetValueOrDefault(a.Id);
            return new ProgressRow(a.Id, a.ApplicationNumber, a.ProjectTitle, a.OrganizationName, a.Amount, a.Status,
                report?.Status, report?.SubmittedAt, changes[a.Id].FirstOrDefault(r => r.IsPending), ChangeRequest.CompletionDate(changes[a.Id]));
        }).ToList();
        return View(new ProgressPage(call.Id, call.Year, call.Title, rows));
    }
}
