using GrantPortal.Web.Infrastructure;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Reviews.Scoring;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.ReviewScores;

/// <summary>
/// 评分情况: how far a call's expert review is per category (assigned, submitted, overdue), every submitted score by
/// reviewer, the spreadsheet of them, and a reminder to the late reviewers.
/// </summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class ReviewScoresController(
    PortalDbContext db, ReviewScoresReport report, ReviewReminders reminders, TenantContext tenant, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("/{tenant}/staff/calls/{id:guid}/review-scores")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken)
    {
        var data = await report.LoadAsync(id, cancellationToken);
        return data is null ? NotFound() : View(new ReviewScoresPage(data, time.GetUtcNow()));
    }

    [HttpGet("/{tenant}/staff/calls/{id:guid}/review-scores.xlsx")]
    public async Task<IActionResult> Export(Guid id, CancellationToken cancellationToken)
    {
        var data = await report.LoadAsync(id, cancellationToken);
        if (data is null)
        {
            return NotFound();
        }
        var name = new string(data.CallTitle.Select(ch => Path.GetInvalidFileNameChars().Contains(ch) || char.IsControl(ch) ? '_' : ch).ToArray());
        return FileDownload.Send(this, ReviewScoresWorkbook.Build(data), ReviewScoresWorkbook.ContentType, $"{name}-评分汇总.xlsx");
    }

    [HttpPost("/{tenant}/staff/calls/{id:guid}/review-scores/remind")]
    public async Task<IActionResult> Remind(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Calls.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return NotFound();
        }
        var experts = await reminders.RemindLateAsync(id, cancellationToken);
        TempData["Notice"] = experts == 0 ? l["没有逾期未提交评分的专家"].Value : l["已提醒 {0} 位逾期未提交评分的专家", experts].Value;
        return LocalRedirect($"/{tenant.Association!.Identifier}/staff/calls/{id}/review-scores");
    }
}
