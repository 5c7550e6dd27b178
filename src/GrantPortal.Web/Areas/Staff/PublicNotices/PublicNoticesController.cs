using GrantPortal.Domain.Common;
using GrantPortal.Domain.Notices;
using GrantPortal.Infrastructure.Calendar;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Notices;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Areas.Public.Notices;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.PublicNotices;

/// <summary>
/// 立项公示 for staff: publish from the confirmed panel decision, handle objections (异议), and finalise (立项) once the
/// notice has closed with every objection resolved.
/// </summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class PublicNoticesController(
    NoticeService notices, PortalDbContext db, TenantContext tenant, WorkingCalendarProvider calendars, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("/{tenant}/staff/calls/{id:guid}/notice")]
    public async Task<IActionResult> Publish(Guid id, int? days, CancellationToken cancellationToken)
    {
        var draft = await notices.DraftAsync(id, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }
        if (draft.Existing is { } existing)
        {
            return LocalRedirect(NoticeUrl(existing.Id));
        }
        var workingDays = days is >= 1 and <= PublicNotice.MaxWorkingDays ? days.Value : draft.DefaultWorkingDays;
        var form = new PublishForm { Title = PublicNotice.DefaultTitle(draft.Call), Text = DefaultText(draft), WorkingDays = workingDays };
        return View(new PublishPage(draft, form, await notices.ClosingTimeAsync(workingDays, cancellationToken)));
    }

    [HttpPost("/{tenant}/staff/calls/{id:guid}/notice")]
    public async Task<IActionResult> Publish(Guid id, PublishForm form, CancellationToken cancellationToken)
    {
        var draft = await notices.DraftAsync(id, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }
        var closes = await notices.ClosingTimeAsync(form.WorkingDays ?? draft.DefaultWorkingDays, cancellationToken);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new PublishPage(draft, form, closes));
        }
        try
        {
            var author = User.ToAuthor();
            var notice = await notices.PublishAsync(draft, form.Title!, form.Text, form.WorkingDays!.Value, author.UserId, author.Name, cancellationToken);
            TempData["Notice"] = l["公示已发布，截止 {0}。", Display.Format.Deadline(notice.ClosesAt, true)].Value;
            return LocalRedirect(NoticeUrl(notice.Id));
        }
        catch (DomainException e)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new PublishPage(draft, form, closes, NoticeMessages.Describe(e, l)));
        }
    }

    [HttpGet("/{tenant}/staff/notices/{noticeId:guid}")]
    public async Task<IActionResult> Notice(Guid noticeId, CancellationToken cancellationToken)
    {
        var page = await PageAsync(noticeId, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("/{tenant}/staff/notices/{noticeId:guid}/objections/{objectionId:guid}")]
    public async Task<IActionResult> Handle(Guid noticeId, Guid objectionId, HandleForm form, CancellationToken cancellationToken)
    {
        var notice = await notices.FindAsync(noticeId, cancellationToken);
        var objection = notice is null ? null : await db.Objections.SingleOrDefaultAsync(o => o.Id == objectionId && o.NoticeId == noticeId, cancellationToken);
        if (notice is null || objection is null)
        {
            return NotFound();
        }
        if (form.Withdraw && objection.LineId is null)
        {
            ModelState.AddModelError(nameof(HandleForm.Withdraw), l["该异议未针对具体项目，不能撤销项目。"]);
        }
        string? error = null;
        if (ModelState.IsValid)
        {
            try
            {
                var author = User.ToAuthor();
                await notices.HandleAsync(notice, objection, form.Decision == "upheld", form.Handling!, form.Outcome!, form.Withdraw, author.UserId, author.Name, cancellationToken);
                TempData["Notice"] = l["异议 {0} 已处理。", objection.Reference].Value;
                return LocalRedirect(NoticeUrl(noticeId));
            }
            catch (DomainException e)
            {
                error = NoticeMessages.Describe(e, l);
            }
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        db.ChangeTracker.Clear();
        var page = (await PageAsync(noticeId, cancellationToken))!;
        return View("Notice", page with { Editing = objectionId, Form = form, Error = error });
    }

    [HttpPost("/{tenant}/staff/notices/{noticeId:guid}/finalise")]
    public async Task<IActionResult> Finalise(Guid noticeId, CancellationToken cancellationToken)
    {
        var notice = await notices.FindAsync(noticeId, cancellationToken);
        if (notice is null)
        {
            return NotFound();
        }
        try
        {
            var author = User.ToAuthor();
            var awards = await notices.FinaliseAsync(noticeId, author.UserId, author.Name, cancellationToken);
            TempData["Notice"] = l["已立项：{0} 个项目。", awards.Count].Value;
        }
        catch (DomainException e)
        {
            TempData["Error"] = NoticeMessages.Describe(e, l);
        }
        return LocalRedirect(NoticeUrl(noticeId));
    }

    private async Task<StaffNoticePage?> PageAsync(Guid noticeId, CancellationToken cancellationToken)
    {
        var notice = await notices.FindAsync(noticeId, cancellationToken);
        if (notice is null)
        {
            return null;
        }
        var now = time.GetUtcNow();
        var objections = await notices.ObjectionsAsync(noticeId, cancellationToken);
        var callTitle = await db.Calls.Where(c => c.Id == notice.CallId).Select(c => c.Title).SingleAsync(cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var blockers = notice.FinaliseBlockers(objections, now).Where(b => b.Code != "notice.finalised").ToList();
        return new StaffNoticePage(
            notice, callTitle, notice.StatusAt(now), notice.FirstDay(calendar), objections, blockers, await notices.AwardsAsync(noticeId, cancellationToken));
    }

    private string NoticeUrl(Guid noticeId) => $"/{tenant.Association!.Identifier}/staff/notices/{noticeId}";

    private static string DefaultText(NoticeDraft draft) =>
        $"根据《{draft.Call.Title}》，经形式审查、专家评审和评审委员会审定，拟对以下项目予以立项资助，现予以公示。"
        + "\n公示期间，任何单位或个人对公示项目有异议的，可通过本页面实名提出异议，或与下列联系人联系。逾期不予受理。";
}
