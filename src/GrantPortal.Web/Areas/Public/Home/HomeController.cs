using System.Security.Claims;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Web.Areas.Public.Home;

[Area("Public")]
public sealed class HomeController(PortalDbContext db, AssociationDirectory associations) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var all = (await associations.AllAsync(cancellationToken)).Values.OrderBy(a => a.Identifier).ToList();
        var mine = new List<MembershipLink>();
        if (Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            // Explicitly across tenants: a person's own memberships (row-level security allows exactly these).
            var memberships = await db.Memberships.IgnoreQueryFilters([PortalDbContext.TenantFilter]).AsNoTracking()
                .Where(m => m.UserId == userId).Select(m => new { m.TenantId, m.Role }).ToListAsync(cancellationToken);
            mine = memberships.Join(all, m => m.TenantId, a => a.Id, (m, a) => new MembershipLink(a, m.Role)).OrderBy(m => m.Association.Identifier).ToList();
        }
        return View(new HomeViewModel(all, mine));
    }

    // Any method: status pages re-execute the failed request's method (a POST that 404s shows this page too).
    [Route("/error/{code:int}")]
    [IgnoreAntiforgeryToken]
    // The code comes from the route only: a re-executed POST has a form, and reading it (a refused 413 body) must never
    // decide which page is shown.
    public IActionResult Error([FromRoute] int code)
    {
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        return View(Response.StatusCode);
    }

    // A link, not a form: choosing a language changes nothing but a preference, and pages need no antiforgery token for it.
    [HttpGet("/culture/{culture}")]
    public IActionResult Culture(string culture, string? returnUrl)
    {
        var chosen = culture == "en" ? "en" : "zh-CN";
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
