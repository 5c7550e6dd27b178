using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Eligibility;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Applicant.Facts;

/// <summary>单位情况: the organisation declares the facts eligibility conditions test; staff verify them at the formal check.</summary>
[Area("Applicant")]
[Authorize(Roles = nameof(PortalRole.Applicant))]
public sealed class FactsController(PortalDbContext db, TenantContext tenant, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("/{tenant}/my/facts")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId)
        {
            return Forbid();
        }
        var saved = await SavedAsync(organizationId, cancellationToken);
        var form = new FactsForm
        {
            AnnualReportYears = saved.Where(f => f.Fact == EligibilityFact.AnnualReportFiled && f.Year is not null).Select(f => f.Year!.Value).ToList(),
            RatingGrade = saved.FirstOrDefault(f => f.Fact == EligibilityFact.CapabilityRating)?.Value,
            RatingYear = saved.FirstOrDefault(f => f.Fact == EligibilityFact.CapabilityRating)?.Year,
            FirstClassSocietyCandidate = saved.Any(f => f.Fact == EligibilityFact.FirstClassSocietyCandidate),
            SoundFinancialSystem = saved.Any(f => f.Fact == EligibilityFact.SoundFinancialSystem),
            PilotCity = saved.Any(f => f.Fact == EligibilityFact.PilotCity),
            Other = saved.FirstOrDefault(f => f.Fact == EligibilityFact.Other)?.Value,
        };
        return View(new FactsPage(form, Years(), saved));
    }

    [HttpPost("/{tenant}/my/facts")]
    public async Task<IActionResult> Save(FactsForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (User.OrganizationId() is not { } organizationId)
        {
            return Forbid();
        }
        if (!ModelState.IsValid)
        {
            return View("Index", new FactsPage(form, Years(), await SavedAsync(organizationId, cancellationToken)));
        }
        var wanted = new List<(EligibilityFact Fact, string? Value, int? Year)>();
        wanted.AddRange(form.AnnualReportYears.Distinct().Select(y => (EligibilityFact.AnnualReportFiled, (string?)null, (int?)y)));
        if (!string.IsNullOrWhiteSpace(form.RatingGrade))
        {
            wanted.Add((EligibilityFact.CapabilityRating, CapabilityGrade.Normalize(form.RatingGrade), form.RatingYear));
        }
        if (form.FirstClassSocietyCandidate) { wanted.Add((EligibilityFact.FirstClassSocietyCandidate, null, null)); }
        if (form.SoundFinancialSystem) { wanted.Add((EligibilityFact.SoundFinancialSystem, null, null)); }
        if (form.PilotCity) { wanted.Add((EligibilityFact.PilotCity, null, null)); }
        if (!string.IsNullOrWhiteSpace(form.Other)) { wanted.Add((EligibilityFact.Other, form.Other, null)); }

        // Unchanged declarations keep their verification; changed ones are declared anew.
        var existing = await db.OrganizationFacts.Where(f => f.OrganizationId == organizationId).ToListAsync(cancellationToken);
        db.OrganizationFacts.RemoveRange(existing.Where(f => !wanted.Any(w => f.Declares(w.Fact, w.Value, w.Year))));
        var now = time.GetUtcNow();
        foreach (var (fact, value, year) in wanted.Where(w => !existing.Any(f => f.Declares(w.Fact, w.Value, w.Year))))
        {
            db.OrganizationFacts.Add(new OrganizationFact(tenant.TenantId!.Value, organizationId, fact, value, year, User.UserId(), now));
        }
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = l["单位情况已保存"].Value;
        return LocalRedirect($"/{tenant.Association!.Identifier}/my/facts");
    }

    private async Task<List<OrganizationFact>> SavedAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await db.OrganizationFacts.AsNoTracking().Where(f => f.OrganizationId == organizationId).OrderBy(f => f.Fact).ThenBy(f => f.Year).ToListAsync(cancellationToken);

    private List<int> Years()
    {
        var year = BeijingTime.Today(time.GetUtcNow()).Year;
        return Enumerable.Range(0, 6).Select(i => year - i).ToList();
    }
}
