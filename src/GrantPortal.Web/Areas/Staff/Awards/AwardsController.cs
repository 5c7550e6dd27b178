using System.Security.Claims;
using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Common;
using GrantPortal.Infrastructure.Awards;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Awards;

/// <summary>
/// 立项项目 for staff: a call's awards, and THE award page (tranche plan, payments, recoveries, links to the agreement,
/// mid-term, changes and acceptance pages). Payments and recoveries go through <see cref="AwardPayments"/>, which writes
/// the journal. The award's id is named awardId so the cross-tenant walker (which knows no award ids) leaves it to
/// AwardPaymentTests.
/// </summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class AwardsController(PortalDbContext db, AwardPayments payments, TenantContext tenant, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    private const string Base = "/{tenant}/staff/awards/{awardId:guid}";

    [HttpGet("/{tenant}/staff/calls/{id:guid}/awards")]
    public async Task<IActionResult> Index(Guid id, Guid? category, AwardStatus? status, string? q, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().Include(c => c.Categories).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        var categories = call.AllCategories.ToList();
        var query = db.Awards.AsNoTracking().Include(a => a.Tranches).Include(a => a.Recoveries).AsSplitQuery().Where(a => a.CallId == id);
        if (category is { } categoryId && categories.SingleOrDefault(c => c.Id == categoryId) is { } chosen)
        {
            var ids = chosen.SelfAndDescendants().Select(c => c.Id).ToList();
            query = query.Where(a => ids.Contains(a.CategoryId));
        }
        if (status is { } s)
        {
            query = query.Where(a => a.Status == s);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            query = query.Where(a => a.ApplicationNumber.Contains(term) || a.ProjectTitle.Contains(term) || a.OrganizationName.Contains(term));
        }
        var awards = await query.OrderBy(a => a.ApplicationNumber).ToListAsync(cancellationToken);
        var byId = categories.ToDictionary(c => c.Id);
        var rows = awards.Select(a => byId.TryGetValue(a.CategoryId, out var c) ? new AwardRow(a, c.Code, c.Name) : new AwardRow(a, "", "")).ToList();
        return View(new CallAwardsPage(call, categories, rows, category, status, q));
    }

    [HttpGet(Base)]
    public async Task<IActionResult> Details(Guid awardId, CancellationToken cancellationToken)
    {
        var award = await payments.LoadAsync(awardId, cancellationToken);
        return award is null ? NotFound() : View(await PageAsync(award, cancellationToken));
    }

    [HttpPost(Base + "/pay")]
    public async Task<IActionResult> Pay(Guid awardId, PaymentForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var award = await payments.LoadAsync(awardId, cancellationToken);
        if (award is null)
        {
            return NotFound();
        }
        if (award.Tranches.All(t => t.Number != form.Number))
        {
            ModelState.AddModelError("", l["没有这一期拨款"]);
        }
        if (!ModelState.IsValid)
        {
            return Refused(await PageAsync(award, cancellationToken) with { Payment = form });
        }
        var outcome = await payments.PayAsync(
            awardId, form.Number, form.PaidOn!.Value, form.VoucherNumber!.Trim(), form.Version, User.UserId(), UserName, OpenedAt(form.OpenedAt), cancellationToken);
        if (outcome.Status == PaymentStatus.Done)
        {
            TempData["Notice"] = l["已登记第 {0} 期拨付", form.Number].Value;
            return LocalRedirect(AwardUrl(awardId));
        }
        return await OutcomePageAsync(awardId, outcome, recovery: false, p => p with { Payment = form }, cancellationToken);
    }

    [HttpPost(Base + "/recover")]
    public async Task<IActionResult> Recover(Guid awardId, RecoveryForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var award = await payments.LoadAsync(awardId, cancellationToken);
        if (award is null)
        {
            return NotFound();
        }
        if (award.Status != AwardStatus.Terminated)
        {
            ModelState.AddModelError("", l["只有已终止的项目才需登记追回"]);
        }
        if (!ModelState.IsValid)
        {
            return Refused(await PageAsync(award, cancellationToken) with { Recovery = form });
        }
        var outcome = await payments.RecoverAsync(
            awardId, form.Amount!.Value, form.ReceivedOn!.Value, form.VoucherNumber!.Trim(), form.Version, User.UserId(), UserName, OpenedAt(form.OpenedAt), cancellationToken);
        if (outcome.Status == PaymentStatus.Done)
        {
            TempData["Notice"] = l["已登记追回"].Value;
            return LocalRedirect(AwardUrl(awardId));
        }
        return await OutcomePageAsync(awardId, outcome, recovery: true, p => p with { Recovery = form }, cancellationToken);
    }

    private string UserName => User.FindFirstValue(ClaimTypes.Name) ?? "?";

    private string AwardUrl(Guid awardId) => $"/{tenant.Association!.Identifier}/staff/awards/{awardId}";

    private static DateTimeOffset? OpenedAt(long? ticks) =>
        ticks is { } t && t > 0 && t < DateTimeOffset.MaxValue.UtcTicks ? new DateTimeOffset(t, TimeSpan.Zero) : null;

    private async Task<IActionResult> OutcomePageAsync(
        Guid awardId, PaymentOutcome outcome, bool recovery, Func<AwardPage, AwardPage> withForm, CancellationToken cancellationToken)
    {
        if (outcome.Status == PaymentStatus.NotFound)
        {
            return NotFound();
        }
        db.ChangeTracker.Clear();
        var award = (await payments.LoadAsync(awardId, cancellationToken))!;
        var page = withForm(await PageAsync(award, cancellationToken));
        switch (outcome.Status)
        {
            case PaymentStatus.Stale:
                page = page with { Error = l["此项目在您打开页面后已被修改（现为第 {0} 版），您的登记未保存。请核对以下变化后重新登记：", award.Version], Missed = outcome.Missed };
                break;
            case PaymentStatus.DuplicateVoucher:
                ModelState.AddModelError("VoucherNumber", outcome.Voucher is { } used ? AwardText.VoucherUsed(used, l) : l["凭证号已被使用，同一凭证号不能重复登记"]);
                break;
            default:
                var message = AwardText.Refusal(outcome.Error!, l);
                if (outcome.Error!.Code == "award.paid_in_future")
                {
                    ModelState.AddModelError(recovery ? "ReceivedOn" : "PaidOn", message);
                }
                else if (outcome.Error.Code == "award.recovery_invalid")
                {
                    ModelState.AddModelError("Amount", message);
                }
                else
                {
                    ModelState.AddModelError("", message);
                }
                break;
        }
        return Refused(page);
    }

    private ViewResult Refused(AwardPage page)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Details), page);
    }

    private async Task<AwardPage> PageAsync(Award award, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().Where(c => c.Id == award.CallId).Select(c => c.Title).SingleAsync(cancellationToken);
        var category = await db.Categories.AsNoTracking().Where(c => c.Id == award.CategoryId).Select(c => c.Code + " " + c.Name).SingleOrDefaultAsync(cancellationToken);
        var journal = await payments.JournalAsync(award.Id, cancellationToken);
        var now = time.GetUtcNow();
        return new AwardPage(award, call, category ?? "", journal, BeijingTime.Today(now), now.UtcTicks);
    }
}
