using GrantPortal.Domain.Common;
using GrantPortal.Domain.Forms;
using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Reviews;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using GrantPortal.Web.Views.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Review.Assignments;

/// <summary>
/// 评审专家工作台: the signed-in expert's own assignments, the application of one (its latest submission, read-only,
/// files included) and recusal. Another expert's assignment, a recused or withdrawn one, and one with a conflict of
/// interest all answer 404, saying nothing about who else reviews.
/// </summary>
[Area("Review")]
[Authorize(Roles = "Reviewer")]
public sealed class AssignmentsController(
    PortalDbContext db, TenantContext tenant, ReviewerAccess access, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    private string Home => $"/{tenant.Association!.Identifier}/review";

    [HttpGet("/{tenant}/review")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var expert = await access.ExpertOfAsync(User.UserId()!.Value, cancellationToken);
        var rows = expert is null ? [] : await (
            from a in db.ReviewAssignments.AsNoTracking()
            join app in db.Applications on a.ApplicationId equals app.Id
            join c in db.Calls on a.CallId equals c.Id
            join g in db.Categories on a.CategoryId equals g.Id
            where a.ExpertId == expert.Id && (a.Status == ReviewAssignmentStatus.Assigned || a.Status == ReviewAssignmentStatus.Submitted)
            orderby c.Year descending, c.Title, a.DueAt, app.Number
            select new MyAssignmentRow(a.Id, c.Id, c.Title, g.Code, app.Number, app.Title, a.Status, a.DueAt))
            .ToListAsync(cancellationToken);
        return View(new MyAssignmentsPage(expert?.Name, rows, time.GetUtcNow()));
    }

    [HttpGet("/{tenant}/review/assignments/{assignmentId:guid}")]
    public async Task<IActionResult> Show(Guid assignmentId, CancellationToken cancellationToken)
    {
        var page = await PageAsync(assignmentId, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    /// <summary>回避: the expert declares a conflict of interest with a reason; the place opens again for staff.</summary>
    [HttpPost("/{tenant}/review/assignments/{assignmentId:guid}/recuse")]
    public async Task<IActionResult> Recuse(Guid assignmentId, string? reason, CancellationToken cancellationToken)
    {
        var page = await PageAsync(assignmentId, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        try
        {
            page.Assignment.Recuse(reason ?? "", time.GetUtcNow());
        }
        catch (DomainException e)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Show), page with { ReasonError = e.Code == "review.reason_required" ? l["请填写回避原因"] : l["此任务已评分，不能回避"] });
        }
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = l["已声明回避，工作人员将另行安排专家"].Value;
        return LocalRedirect(Home);
    }

    /// <summary>An attachment of the application under review: only a file its latest submission names.</summary>
    [HttpGet("/{tenant}/review/assignments/{assignmentId:guid}/files/{fileId:guid}")]
    public async Task<IActionResult> Download(Guid assignmentId, Guid fileId, [FromServices] GrantPortal.Infrastructure.Files.IFileContentStore files, CancellationToken cancellationToken)
    {
        var page = await PageAsync(assignmentId, cancellationToken);
        if (page is null || !page.Files.Values.Any(f => f.Url.EndsWith("/" + fileId, StringComparison.Ordinal)))
        {
            return NotFound();
        }
        var organizationId = await db.Applications.AsNoTracking().Where(a => a.Id == page.Assignment.ApplicationId).Select(a => a.OrganizationId).SingleAsync(cancellationToken);
        var file = await db.StoredFiles.AsNoTracking()
            .SingleOrDefaultAsync(f => f.Id == fileId && f.OrganizationId == organizationId, cancellationToken);
        var content = file is null ? null : await files.GetAsync(file, cancellationToken);
        if (content is null)
        {
            return NotFound();
        }
        return FileDownload.Send(this, content, file!.ContentType, file.OriginalName);
    }

    private async Task<AssignmentPage?> PageAsync(Guid assignmentId, CancellationToken cancellationToken)
    {
        var assignment = await access.FindOpenableAsync(assignmentId, User.UserId()!.Value, cancellationToken);
        if (assignment is null)
        {
            return null;
        }
        var application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == assignment.ApplicationId, cancellationToken);
        var submission = await db.ApplicationSubmissions.AsNoTracking()
            .Where(s => s.ApplicationId == application.Id).OrderByDescending(s => s.Version).FirstOrDefaultAsync(cancellationToken);
        if (submission is null)
        {
            return null;
        }
        var form = await db.Forms.AsNoTracking().SingleAsync(f => f.Id == submission.FormDefinitionId, cancellationToken);
        var callTitle = await db.Calls.AsNoTracking().Where(c => c.Id == assignment.CallId).Select(c => c.Title).SingleAsync(cancellationToken);
        var category = await db.Categories.AsNoTracking().Where(c => c.Id == assignment.CategoryId).Select(c => c.Code + " " + c.Name).SingleAsync(cancellationToken);
        var fileFields = form.Schema.AllFields().Where(f => f.Type == FieldType.File).Select(f => f.Key).ToList();
        var ids = fileFields.Select(k => submission.Values.TryGetValue(k, out var v) && Guid.TryParse(v, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        var files = ids.Count == 0 ? [] : await db.StoredFiles.AsNoTracking()
            .Where(f => ids.Contains(f.Id) && f.OrganizationId == application.OrganizationId)
            .Select(f => new { f.Id, f.OriginalName, f.Size })
            .ToListAsync(cancellationToken);
        var links = new Dictionary<string, UploadedFileLink>(StringComparer.Ordinal);
        foreach (var key in fileFields)
        {
            if (submission.Values.TryGetValue(key, out var value) && files.FirstOrDefault(f => f.Id.ToString() == value) is { } found)
            {
                links[key] = new UploadedFileLink(found.OriginalName, found.Size, $"{Home}/assignments/{assignment.Id}/files/{found.Id}");
            }
        }
        return new AssignmentPage(assignment, callTitle, category, submission, application.Number, form.Schema, links);
    }
}
