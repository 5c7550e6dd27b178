using GrantPortal.Domain.Agreements;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Agreements;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Documents.Agreements;
using GrantPortal.Infrastructure.Documents.Scans;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Areas.Applicant.Scans;
using GrantPortal.Web.Areas.Staff.Agreements;
using GrantPortal.Web.Infrastructure;
using GrantPortal.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Applicant.Agreements;

/// <summary>
/// 任务书 (applicant): the status of the award's agreement, the PDF of the issued version to print and seal, the upload
/// of the sealed scan (PDF, PNG or JPEG up to 20 MB, checked by content; anything else refused with nothing stored),
/// the countersigned copy, and the earlier versions. Only the user's organisation's awards; anything else answers 404.
/// </summary>
[Area("Applicant")]
[Authorize(Roles = nameof(PortalRole.Applicant))]
public sealed class AgreementsController(
    AgreementService agreements, TaskAgreementPdf pdf, PortalDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l, GrantPortal.Infrastructure.Files.IFileContentStore files) : Controller
{
    private const string Base = "/{tenant}/my/awards/{awardId:guid}/agreement";

    [HttpGet(Base)]
    public async Task<IActionResult> Index(Guid awardId, CancellationToken cancellationToken)
    {
        var page = await PageAsync(awardId, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost(Base + "/scan")]
    [RequestSizeLimit(ScanIntake.MaxBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = ScanIntake.MaxBytes + 1024 * 1024)]
    public async Task<IActionResult> Upload(Guid awardId, CancellationToken cancellationToken)
    {
        var page = await PageAsync(awardId, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        // Told by the declared length: a body far over the limit is refused before it is read.
        var tooLarge = Request.ContentLength > ScanIntake.MaxBytes + 64 * 1024;
        var posted = !tooLarge && Request.HasFormContentType ? await Request.ReadFormAsync(cancellationToken) : null;
        var file = posted?.Files.GetFile("File");
        var upload = tooLarge ? null : await UploadedFile.ReadAsync(file, ScanIntake.MaxBytes, ScanIntake.Accept, cancellationToken);
        if (ScanUploadText.Describe(upload?.Refusal ?? UploadRefusal.TooLarge, l) is { } refusal)
        {
            ModelState.AddModelError("File", refusal);
        }
        if (page.Agreement is not { } agreement || agreement.Status is not (AgreementStatus.Issued or AgreementStatus.SealedUploaded))
        {
            ModelState.AddModelError("", l["当前没有待上传盖章件的任务书"]);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), page);
        }
        try
        {
            await agreements.AttachScanAsync(page.Agreement!, file!.FileName, upload!.ContentType, upload.Content, User.UserId(), cancellationToken);
            TempData["Notice"] = l["盖章件已上传，等待科协会签"].Value;
        }
        catch (DomainException error)
        {
            TempData["Error"] = AgreementText.Describe(error, l);
        }
        return LocalRedirect($"/{tenant.Association!.Identifier}/my/awards/{awardId}/agreement");
    }

    /// <summary>The PDF of an issued version (drafts are not the applicant's).</summary>
    [HttpGet(Base + "/versions/{number:int}/pdf")]
    public async Task<IActionResult> Pdf(Guid awardId, int number, CancellationToken cancellationToken)
    {
        var version = await VersionAsync(awardId, number, cancellationToken);
        return version is null ? NotFound() : FileDownload.Send(this, pdf.Render(version), "application/pdf", TaskAgreementPdf.FileName(version));
    }

    [HttpGet(Base + "/versions/{number:int}/scan")]
    public Task<IActionResult> Scan(Guid awardId, int number, CancellationToken cancellationToken) =>
        StoredAsync(awardId, number, v => v.ScanFileId, cancellationToken);

    [HttpGet(Base + "/versions/{number:int}/signed")]
    public Task<IActionResult> SignedCopy(Guid awardId, int number, CancellationToken cancellationToken) =>
        StoredAsync(awardId, number, v => v.SignedFileId, cancellationToken);

    private async Task<IActionResult> StoredAsync(Guid awardId, int number, Func<AgreementVersion, Guid?> file, CancellationToken cancellationToken)
    {
        var version = await VersionAsync(awardId, number, cancellationToken);
        var id = version is null ? null : file(version);
        var organizationId = User.OrganizationId();
        var stored = id is null ? null : await db.StoredFiles.AsNoTracking()
            .SingleOrDefaultAsync(f => f.Id == id && f.OrganizationId == organizationId, cancellationToken);
        var content = stored is null ? null : await files.GetAsync(stored, cancellationToken);
        return content is null ? NotFound() : Staff.Scans.ScanFile.Result(this, stored!, content, inline: false);
    }

    private async Task<AgreementVersion?> VersionAsync(Guid awardId, int number, CancellationToken cancellationToken)
    {
        var page = await PageAsync(awardId, cancellationToken);
        return page?.Issued.SingleOrDefault(v => v.Number == number);
    }

    private async Task<ApplicantAgreementPage?> PageAsync(Guid awardId, CancellationToken cancellationToken)
    {
        if (User.OrganizationId() is not { } organizationId)
        {
            return null;
        }
        var award = await agreements.AwardAsync(awardId, organizationId, cancellationToken);
        return award is null ? null : new ApplicantAgreementPage(award, await agreements.AgreementAsync(awardId, cancellationToken));
    }
}
