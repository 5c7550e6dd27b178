using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Documents;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Documents.Scans;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using GrantPortal.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Applicant.Scans;

/// <summary>
/// 上传盖章扫描件: the applicant uploads the scan of the printed, sealed form (PDF, PNG or JPEG; checked by content,
/// size refused before the body is read) and may type the code printed on it; the QR code is read from the scan and
/// the result shown at once. Only the user's organisation's submitted applications; anything else answers 404.
/// </summary>
[Area("Applicant")]
[Authorize(Roles = "Applicant")]
public sealed class ScansController(PortalDbContext db, TenantContext tenant, ScanIntake intake, IStringLocalizer<SharedResource> l) : Controller
{
    private const string Base = "/{tenant}/my/applications/{applicationId:guid}/scan";

    [HttpGet(Base)]
    public async Task<IActionResult> Index(Guid applicationId, CancellationToken cancellationToken)
    {
        var application = await LoadAsync(applicationId, cancellationToken);
        return application is null ? NotFound() : View(await PageAsync(application, new ScanForm(), cancellationToken));
    }

    [HttpPost(Base)]
    [RequestSizeLimit(ScanIntake.MaxBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = ScanIntake.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Upload(Guid applicationId, CancellationToken cancellationToken)
    {
        var application = await LoadAsync(applicationId, cancellationToken);
        if (application is null)
        {
            return NotFound();
        }
        // A body declared over the request limit never gets here (RequestBodyLimits answers 413 unread).
        var posted = Request.HasFormContentType ? await Request.ReadFormAsync(cancellationToken) : null;
        var form = new ScanForm { Code = posted?["Code"].ToString() };
        var file = posted?.Files.GetFile("File");
        var upload = await UploadedFile.ReadAsync(file, ScanIntake.MaxBytes, ScanIntake.Accept, cancellationToken);
        var tooLarge = upload.Refusal == UploadRefusal.TooLarge;
        if (ScanUploadText.Describe(upload.Refusal, l) is { } refusal)
        {
            ModelState.AddModelError("File", refusal);
        }
        if (!string.IsNullOrWhiteSpace(form.Code) && VerificationCode.Normalize(form.Code) is null)
        {
            ModelState.AddModelError("Code", l["校验码为 16 位字母和数字（如 ABCD-EFGH-JKMN-PQRS）"]);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), await PageAsync(application, form, cancellationToken));
        }
        var scan = await intake.AcceptAsync(application, file!.FileName, upload.ContentType, upload.Content, form.Code, User.UserId(), cancellationToken);
        var verdict = ScanMatch.Evaluate(scan, application.Submissions);
        TempData[verdict.IsMismatch ? "Error" : "Notice"] = l["已上传。核对结果：{0}", Staff.Scans.ScanText.Describe(verdict, scan, l)].Value;
        return LocalRedirect($"/{tenant.Association!.Identifier}/my/applications/{applicationId}/scan");
    }

    /// <summary>One of the organisation's own scans of this application, under its original name.</summary>
    [HttpGet(Base + "/{scanId:guid}")]
    public async Task<IActionResult> File(Guid applicationId, Guid scanId, [FromServices] GrantPortal.Infrastructure.Files.IFileContentStore files, CancellationToken cancellationToken)
    {
        var application = await LoadAsync(applicationId, cancellationToken);
        var scan = application is null ? null : await db.SealedScans.AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == scanId && s.ApplicationId == applicationId, cancellationToken);
        var file = scan is null ? null : await db.StoredFiles.AsNoTracking()
            .SingleOrDefaultAsync(f => f.Id == scan.FileId && f.OrganizationId == application!.OrganizationId, cancellationToken);
        var content = file is null ? null : await files.GetAsync(file, cancellationToken);
        return content is null ? NotFound() : Staff.Scans.ScanFile.Result(this, file!, content, inline: false);
    }

    private async Task<GrantApplication?> LoadAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId)
        {
            return null;
        }
        var application = await db.Applications.AsNoTracking().Include(a => a.Submissions)
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.OrganizationId == organizationId, cancellationToken);
        return application is { Submissions.Count: > 0 } ? application : null;
    }

    private async Task<ScanPage> PageAsync(GrantApplication application, ScanForm form, CancellationToken cancellationToken)
    {
        var scans = await (
            from s in db.SealedScans.AsNoTracking()
            join f in db.StoredFiles on s.FileId equals f.Id
            where s.ApplicationId == application.Id
            orderby s.UploadedAt descending
            select new { Scan = s, f.OriginalName })
            .ToListAsync(cancellationToken);
        var rows = scans.Select(s => (s.Scan, s.OriginalName, ScanMatch.Evaluate(s.Scan, application.Submissions))).ToList();
        return new ScanPage(application, application.Submissions.MaxBy(s => s.Version)!, rows, form);
    }
}
