using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Web.Areas.Applicant.MyAwards;

/// <summary>
/// 我的项目: the applicant organisation's awards, each with its amount and tranche plan (statuses and paid dates; no
/// voucher numbers or staff names), and links to its agreement, mid-term, change and acceptance pages. Another
/// organisation's award answers 404.
/// </summary>
[Area("Applicant")]
[Authorize(Roles = nameof(PortalRole.Applicant))]
public sealed class MyAwardsController(PortalDbContext db) : Controller
{
    [HttpGet("/{tenant}/my/awards")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId)
        {
            return Forbid();
        }
        var awards = await db.Awards.AsNoTracking().Include(a => a.Tranches)
            .Where(a => a.OrganizationId == organizationId).OrderByDescending(a => a.AwardedAt).ToListAsync(cancellationToken);
        var callIds = awards.Select(a => a.CallId).Distinct().ToList();
        var calls = await db.Calls.AsNoTracking().Where(c => callIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, cancellationToken);
        return View(awards.Select(a => new MyAwardRow(a, calls.GetValueOrDefault(a.CallId, ""))).ToList());
    }

    [HttpGet("/{tenant}/my/awards/{awardId:guid}")]
    public async Task<IActionResult> Details(Guid awardId, CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId)
        {
            return NotFound();
        }
        var award = await db.Awards.AsNoTracking().Include(a => a.Tranches)
            .SingleOrDefaultAsync(a => a.Id == awardId && a.OrganizationId == organizationId, cancellationToken);
        if (award is null)
        {
            return NotFound();
        }
        var call = await db.Calls.AsNoTracking().Where(c => c.Id == award.CallId).Select(c => c.Title).SingleAsync(cancellationToken);
        return View(new MyAwardRow(award, call));
    }
}
