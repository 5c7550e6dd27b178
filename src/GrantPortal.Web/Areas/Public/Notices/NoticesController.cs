using GrantPortal.Domain.Common;
using GrantPortal.Infrastructure.Calendar;
using GrantPortal.Infrastructure.Notices;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Public.Notices;

/// <summary>立项公示, public (no sign-in): an association's notices, one notice with its list, and filing an objection (异议).</summary>
[Area("Public")]
public sealed class NoticesController(
    NoticeService notices, TenantContext tenant, WorkingCalendarProvider calendars, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("/{tenant}/notices")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new NoticeListPage(tenant.Association!, await notices.AllAsync(cancellationToken), time.GetUtcNow()));

    [HttpGet("/{tenant}/notices/{noticeId:guid}")]
    public async Task<IActionResult> Details(Guid noticeId, Guid? line, CancellationToken cancellationToken)
    {
        var page = await PageAsync(noticeId, new ObjectionForm { LineId = line }, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("/{tenant}/notices/{noticeId:guid}/objections")]
    public async Task<IActionResult> FileObjection(Guid noticeId, ObjectionForm form, CancellationToken cancellationToken)
    {
        var notice = await notices.FindAsync(noticeId, cancellationToken);
        if (notice is null)
        {
            return NotFound();
        }
        if (form.LineId is { } lineId && notice.Lines.All(x => x.Id != lineId))
        {
            ModelState.AddModelError(nameof(ObjectionForm.LineId), l["所选项目不在本公示名单中"]);
        }
        string? error = null;
        if (ModelState.IsValid)
        {
            try
            {
                var objection = await notices.FileAsync(notice, form.LineId, form.Name!, form.Organization, form.Phone, form.Email, form.Reasons!, cancellationToken);
                TempData["ObjectionReference"] = objection.Reference;
                return LocalRedirect($"/{tenant.Association!.Identifier}/notices/{noticeId}/receipt");
            }
            catch (DomainException e)
            {
                error = NoticeMessages.Describe(e, l);
            }
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Details", (await PageAsync(noticeId, form, cancellationToken))! with { Error = error });
    }

    [HttpGet("/{tenant}/notices/{noticeId:guid}/receipt")]
    public async Task<IActionResult> Receipt(Guid noticeId, CancellationToken cancellationToken)
    {
        var notice = await notices.FindAsync(noticeId, cancellationToken);
        if (notice is null)
        {
            return NotFound();
        }
        if (TempData["ObjectionReference"] is not string reference)
        {
            return LocalRedirect($"/{tenant.Association!.Identifier}/notices/{noticeId}");
        }
        var objection = (await notices.ObjectionsAsync(noticeId, cancellationToken)).SingleOrDefault(o => o.Reference == reference);
        if (objection is null)
        {
            return NotFound();
        }
        return View(new ReceiptPage(tenant.Association!, notice, objection.Reference, objection.FiledAt));
    }

    private async Task<NoticePage?> PageAsync(Guid noticeId, ObjectionForm form, CancellationToken cancellationToken)
    {
        var notice = await notices.FindAsync(noticeId, cancellationToken);
        if (notice is null)
        {
            return null;
        }
        var calendar = await calendars.GetAsync(cancellationToken);
        return new NoticePage(tenant.Association!, notice, notice.StatusAt(time.GetUtcNow()), notice.FirstDay(calendar), form);
    }
}
