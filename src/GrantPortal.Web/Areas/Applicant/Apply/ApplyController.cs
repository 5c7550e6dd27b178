using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.EligibilityChecks;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Web.Areas.Applicant.Apply;

/// <summary>可申报项目: what the organisation may apply to now, and why not where it may not; starting an application.</summary>
[Area("Applicant")]
public sealed class ApplyController(PortalDbContext db, TenantContext tenant, EligibilityService eligibility, TimeProvider time) : Controller
{
    [HttpGet("/{tenant}/apply")]
    [Authorize(Roles = nameof(PortalRole.Applicant))]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId
            || await eligibility.StandingAsync(organizationId, cancellationToken) is not { } standing)
        {
            return Forbid();
        }
        var calls = await db.Calls.AsNoTracking()
            .Where(c => c.Status == CallStatus.Published)
            .Include(c => c.Categories).ThenInclude(c => c.Forms)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var offers = calls
            .OrderBy(c => c.SubmissionDeadline ?? DateTimeOffset.MaxValue).ThenBy(c => c.Title, StringComparer.Ordinal)
            .Select(call => new CallOffer(call, call.PhaseAt(standing.Now), call.AllCategories.Where(c => c.IsApplicable).Select(category =>
            {
                var application = standing.Applications
                    .Where(a => a.CategoryId == category.Id && a.Status != ApplicationStatus.Withdrawn)
                    .OrderBy(a => a.Status == ApplicationStatus.Draft ? 1 : 0)
                    .FirstOrDefault();
                return new CategoryOffer(
                    category, category.EffectiveAmountRule, category.Quota,
                    EligibilityService.Check(standing, call, category, null), application?.Id, application?.Status);
            }).ToList()))
            .ToList();
        return View(new ApplyPage(
            standing.Organization.Name,
            offers.Where(o => o.Phase != CallPhase.Closed).ToList(),
            offers.Where(o => o.Phase == CallPhase.Closed).ToList()));
    }

    /// <summary>
    /// 开始申报: checks eligibility again, then creates the draft prefilled from the organisation's profile. One draft
    /// per organisation and category: an existing one is opened instead.
    /// </summary>
    [HttpPost("/{tenant}/apply/{id:guid}/start")]
    [Authorize]
    public async Task<IActionResult> Start(Guid id, CancellationToken cancellationToken)
    {
        var categoryCallId = await db.Categories.Where(c => c.Id == id).Select(c => (Guid?)c.CallId).SingleOrDefaultAsync(cancellationToken);
        if (categoryCallId is not { } callId)
        {
            return NotFound();
        }
        if (!User.IsInRole(nameof(PortalRole.Applicant)) || User.OrganizationId() is not { } organizationId)
        {
            return Forbid();
        }
        var draft = await db.Applications
            .Where(a => a.OrganizationId == organizationId && a.CategoryId == id && a.Status == ApplicationStatus.Draft)
            .Select(a => (Guid?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (draft is { } draftId)
        {
            return ApplicationPage(draftId);
        }
        var call = await db.Calls
            .Include(c => c.Categories).ThenInclude(c => c.Forms)
            .AsSplitQuery()
            .SingleAsync(c => c.Id == callId, cancellationToken);
        var category = call.Categories.Single(c => c.Id == id);
        if (call.Status != CallStatus.Published)
        {
            return NotFound();
        }
        var standing = await eligibility.StandingAsync(organizationId, cancellationToken);
        if (standing is null)
        {
            return Forbid();
        }
        var reasons = EligibilityService.Check(standing, call, category, null);
        if (reasons.Any(r => r.Blocking))
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Refused", new StartRefused(category, reasons));
        }
        var now = time.GetUtcNow();
        var userId = User.UserId();
        var application = new GrantApplication(tenant.TenantId!.Value, category, organizationId, userId, now);
        var profile = standing.Organization.PrefillValues();
        var values = category.CurrentForm!.Schema.AllFields()
            .Where(f => f.Prefill is { } key && profile.ContainsKey(key))
            .GroupBy(f => f.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => profile[g.First().Prefill!], StringComparer.Ordinal);
        application.Save(values, 0, call.PhaseAt(now), userId, now);
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return ApplicationPage(application.Id);
    }

    private RedirectResult ApplicationPage(Guid applicationId) =>
        Redirect($"/{tenant.Association!.Identifier}/my/applications/{applicationId}");
}
