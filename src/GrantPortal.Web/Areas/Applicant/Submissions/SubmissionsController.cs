using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Applications;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Applicant.Submissions;

/// <summary>我的申报, 提交, 回执, 撤回 and the submitted versions: the applicant's side of the submission rules.</summary>
[Area("Applicant")]
[Authorize(Roles = nameof(PortalRole.Applicant))]
public sealed class SubmissionsController(
    PortalDbContext db, TenantContext tenant, ApplicationSubmitter submitter, SubmissionChecks checks, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    private string Tenant => tenant.Association!.Identifier;

    private string ApplicationUrl(Guid applicationId) => $"/{Tenant}/my/applications/{applicationId}";

    [HttpGet("/{tenant}/my/applications")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId)
        {
            return Forbid();
        }
        var now = time.GetUtcNow();
        var rows = await (
            from a in db.Applications.AsNoTracking()
            join c in db.Calls on a.CallId equals c.Id
            join g in db.Categories on a.CategoryId equals g.Id
            where a.OrganizationId == organizationId
            orderby a.UpdatedAt descending
            select new { a.Id, a.Number, a.Title, CallTitle = c.Title, g.Code, g.Name, a.Status, CallStatus = c.Status, c.OpensAt, c.SubmissionDeadline, c.SubmissionDeadlineIsEndOfDay, c.ClosedAt, a.UpdatedAt, a.SubmittedAt, Versions = db.ApplicationSubmissions.Count(s => s.ApplicationId == a.Id),
                AwardId = db.Awards.Where(w => w.ApplicationId == a.Id).Select(w => (Guid?)w.Id).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return View(rows.Select(r => new ApplicationRow(
            r.Id, r.Number, r.Title, r.CallTitle, r.Code, r.Name, r.Status,
            Domain.Calls.GrantCall.PhaseOf(r.CallStatus, r.OpensAt, r.SubmissionDeadline, r.ClosedAt, now),
            r.SubmissionDeadline, r.SubmissionDeadlineIsEndOfDay, r.UpdatedAt, r.SubmittedAt, r.Versions, r.AwardId)).ToList());
    }

    [HttpPost("/{tenant}/my/applications/{applicationId:guid}/submit")]
    public async Task<IActionResult> Submit(Guid applicationId, int revision, CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId)
        {
            return NotFound();
        }
        var outcome = await submitter.SubmitAsync(applicationId, organizationId, revision, User.UserId(), checks.All, cancellationToken);
        switch (outcome.Status)
        {
            case SubmitStatus.NotFound:
                return NotFound();
            case SubmitStatus.Submitted:
                TempData["Notice"] = l["提交成功：申报编号 {0}", outcome.Application!.Number!].Value;
                return LocalRedirect($"{ApplicationUrl(applicationId)}/receipt");
            case SubmitStatus.AlreadySubmitted:
                TempData["Notice"] = l["此申报书已经提交，没有重复提交"].Value;
                return LocalRedirect($"{ApplicationUrl(applicationId)}/receipt");
            case SubmitStatus.Stale:
                TempData["Error"] = l["此申报书在您检查之后又被修改过，请重新检查后再提交"].Value;
                return LocalRedirect($"{ApplicationUrl(applicationId)}/check");
            default:
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return View("Refused", new RefusedViewModel(applicationId, outcome.Application!.Title, outcome.Reasons));
        }
    }

    [HttpGet("/{tenant}/my/applications/{applicationId:guid}/receipt")]
    public async Task<IActionResult> Receipt(Guid applicationId, CancellationToken cancellationToken)
    {
        var model = await ReceiptAsync(applicationId, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("/{tenant}/my/applications/{applicationId:guid}/withdraw")]
    public async Task<IActionResult> Withdraw(Guid applicationId, int revision, CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId)
        {
            return NotFound();
        }
        var outcome = await submitter.WithdrawAsync(applicationId, organizationId, revision, User.UserId(), cancellationToken);
        if (outcome.Status == SubmitStatus.NotFound)
        {
            return NotFound();
        }
        if (outcome.Status == SubmitStatus.Refused)
        {
            TempData["Error"] = outcome.Reasons[0];
            return LocalRedirect($"{ApplicationUrl(applicationId)}/receipt");
        }
        TempData["Notice"] = l["已撤回。修改后请在截止前重新提交，否则不会受理"].Value;
        return LocalRedirect(ApplicationUrl(applicationId));
    }

    [HttpGet("/{tenant}/my/applications/{applicationId:guid}/versions/{version:int}")]
    public async Task<IActionResult> Version(Guid applicationId, int version, CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId)
        {
            return NotFound();
        }
        var application = await db.Applications.AsNoTracking().Include(a => a.Submissions)
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.OrganizationId == organizationId, cancellationToken);
        var submission = application?.Submissions.SingleOrDefault(s => s.Version == version);
        if (submission is null)
        {
            return NotFound();
        }
        var form = await db.Forms.AsNoTracking().SingleAsync(f => f.Id == submission.FormDefinitionId, cancellationToken);
        return View(new VersionViewModel(application!, submission, form.Schema, version == application!.Submissions.Max(s => s.Version)));
    }

    private async Task<ReceiptViewModel?> ReceiptAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId)
        {
            return null;
        }
        var application = await db.Applications.AsNoTracking().Include(a => a.Submissions)
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.OrganizationId == organizationId, cancellationToken);
        if (application is null || application.Submissions.Count == 0)
        {
            return null;
        }
        var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == application.CallId, cancellationToken);
        var category = await db.Categories.AsNoTracking().SingleAsync(c => c.Id == application.CategoryId, cancellationToken);
        return new ReceiptViewModel(application, call, category, call.PhaseAt(time.GetUtcNow()));
    }
}
