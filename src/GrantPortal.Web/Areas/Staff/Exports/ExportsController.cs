using System.Net.Mime;
using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Documents;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Documents;
using GrantPortal.Infrastructure.Documents.Exports;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Exports;

/// <summary>
/// 导出: staff request a ZIP of sealed, signed PDFs (one application, a category, a whole call); the request only
/// queues a job, which the background worker makes while the job page shows its progress (polled JSON). The finished
/// ZIP downloads under its Chinese name. One application's sealed PDF downloads at once (one document is quick).
/// </summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class ExportsController(
    PortalDbContext db, TenantContext tenant, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    private string Base => $"/{tenant.Association!.Identifier}/staff/exports";

    [HttpGet("/{tenant}/staff/exports")]
    public async Task<IActionResult> Index(Guid? call, Guid? category, Guid? application, CancellationToken cancellationToken)
    {
        var form = new ExportForm
        {
            Scope = application is not null ? ExportScope.Application : category is not null ? ExportScope.Category : ExportScope.Call,
            CallId = call,
            CategoryId = category,
            Number = application is { } id ? await db.Applications.Where(a => a.Id == id).Select(a => a.Number).SingleOrDefaultAsync(cancellationToken) : null,
        };
        return View(await PageAsync(form, cancellationToken));
    }

    [HttpPost("/{tenant}/staff/exports")]
    public async Task<IActionResult> Create(ExportForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        (Guid Id, string Label)? target = null;
        switch (form.Scope)
        {
            case ExportScope.Call:
                var call = await db.Calls.Where(c => c.Id == form.CallId).Select(c => new { c.Id, c.Title, c.Year }).SingleOrDefaultAsync(cancellationToken);
                target = call is null ? null : (call.Id, $"{call.Year} {call.Title}");
                if (target is null)
                {
                    ModelState.AddModelError(nameof(form.CallId), l["请选择申报通知"]);
                }
                break;
            case ExportScope.Category:
                var category = await db.Categories.Where(c => c.Id == form.CategoryId).Select(c => new { c.Id, c.Code, c.Name }).SingleOrDefaultAsync(cancellationToken);
                target = category is null ? null : (category.Id, category.Code + " " + category.Name);
                if (target is null)
                {
                    ModelState.AddModelError(nameof(form.CategoryId), l["请选择类别"]);
                }
                break;
            default:
                var number = form.Number?.Trim();
                var application = string.IsNullOrEmpty(number) ? null
                    : await db.Applications.Where(a => a.Number == number && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn)
                        .Select(a => new { a.Id, a.Number, a.Title }).SingleOrDefaultAsync(cancellationToken);
                target = application is null ? null : (application.Id, application.Number + " " + application.Title);
                if (target is null)
                {
                    ModelState.AddModelError(nameof(form.Number), string.IsNullOrEmpty(number) ? l["请填写申报编号"] : l["没有这个编号的已提交申报书"]);
                }
                break;
        }
        if (!ModelState.IsValid || target is not { } chosen)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), await PageAsync(form, cancellationToken));
        }
        var author = User.ToAuthor();
        var job = new ExportJob(tenant.TenantId!.Value, form.Scope, chosen.Id, chosen.Label, author.UserId, author.Name, time.GetUtcNow());
        db.ExportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        return LocalRedirect($"{Base}/{job.Id}");
    }

    [HttpGet("/{tenant}/staff/exports/{jobId:guid}")]
    public async Task<IActionResult> Job(Guid jobId, CancellationToken cancellationToken)
    {
        var job = await db.ExportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        return job is null ? NotFound() : View(job);
    }

    /// <summary>Polled by export-progress.js: never waits for the job, only reads it.</summary>
    [HttpGet("/{tenant}/staff/exports/{jobId:guid}/status")]
    public async Task<IActionResult> Status(Guid jobId, CancellationToken cancellationToken)
    {
        var job = await db.ExportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (job is null)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "no-store";
        return Json(new
        {
            status = job.Status.ToString(),
            done = job.Done,
            total = job.Total,
            text = ExportStatusText.Status(job, l),
            download = job.Status == ExportJobStatus.Done ? $"{Base}/{job.Id}/download" : null,
            finished = job.Status is ExportJobStatus.Done or ExportJobStatus.Failed,
        });
    }

    [HttpGet("/{tenant}/staff/exports/{jobId:guid}/download")]
    public async Task<IActionResult> Download(Guid jobId, CancellationToken cancellationToken)
    {
        var archive = await db.ExportArchives.AsNoTracking().SingleOrDefaultAsync(a => a.JobId == jobId, cancellationToken);
        if (archive is null)
        {
            return NotFound();
        }
        return Attachment(archive.Content, "application/zip", archive.FileName);
    }

    /// <summary>盖章 PDF: one application's latest version, sealed and signed now, without a job.</summary>
    [HttpGet("/{tenant}/staff/applications/{applicationId:guid}/sealed-pdf")]
    public async Task<IActionResult> SealedPdf(
        Guid applicationId, [FromServices] IApplicationPdf pdfs, [FromServices] SealedPdf sealer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdfs);
        ArgumentNullException.ThrowIfNull(sealer);
        var rendered = await pdfs.RenderAsync(applicationId, null, cancellationToken);
        if (rendered is null)
        {
            return NotFound();
        }
        var signed = await sealer.SealAndSignAsync(rendered.Content, tenant.Association!, time.GetUtcNow(), cancellationToken);
        return Attachment(signed, MediaTypeNames.Application.Pdf, rendered.FileName);
    }

    private FileContentResult Attachment(byte[] content, string contentType, string name) => FileDownload.Send(this, content, contentType, name);

    private async Task<ExportsPage> PageAsync(ExportForm form, CancellationToken cancellationToken)
    {
        var submitted = db.Applications.Where(a => a.Number != null && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn);
        var calls = await db.Calls.AsNoTracking().OrderByDescending(c => c.Year).ThenBy(c => c.Title)
            .Select(c => new ExportChoice(c.Id, c.Year + " " + c.Title, submitted.Count(a => a.CallId == c.Id)))
            .ToListAsync(cancellationToken);
        var categories = await (
            from g in db.Categories.AsNoTracking()
            join c in db.Calls on g.CallId equals c.Id
            orderby c.Year descending, c.Title, g.Code
            select new ExportChoice(g.Id, c.Year + " " + c.Title + " › " + g.Code + " " + g.Name, submitted.Count(a => a.CategoryId == g.Id)))
            .ToListAsync(cancellationToken);
        var jobs = await db.ExportJobs.AsNoTracking().OrderByDescending(j => j.RequestedAt).Take(50).ToListAsync(cancellationToken);
        return new ExportsPage(calls, categories, form, jobs);
    }
}
