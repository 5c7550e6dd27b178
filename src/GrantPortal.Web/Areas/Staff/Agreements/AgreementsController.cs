using GrantPortal.Domain.Agreements;
using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Common;
using GrantPortal.Infrastructure.Agreements;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Documents.Agreements;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Agreements;

/// <summary>
/// 任务书 (staff): draft the agreement of an award from its application, edit the draft (special terms, period,
/// indicators, schedule), issue it, look at the applicant's sealed scan and countersign it (or send it back), amend it
/// with a reason (a new version; earlier ones stay readable), and the history. Another tenant's award answers 404.
/// </summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class AgreementsController(
    AgreementService agreements, TaskAgreementPdf pdf, PortalDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l, GrantPortal.Infrastructure.Files.IFileContentStore files) : Controller
{
    private const string Base = "/{tenant}/staff/awards/{awardId:guid}/agreement";

    private string PageUrl(Guid awardId) => $"/{tenant.Association!.Identifier}/staff/awards/{awardId}/agreement";

    [HttpGet(Base)]
    public async Task<IActionResult> Index(Guid awardId, CancellationToken cancellationToken)
    {
        var award = await agreements.AwardAsync(awardId, cancellationToken: cancellationToken);
        if (award is null)
        {
            return NotFound();
        }
        var agreement = await agreements.AgreementAsync(awardId, cancellationToken);
        return View(Page(award, agreement));
    }

    [HttpPost(Base + "/create")]
    public async Task<IActionResult> Create(Guid awardId, CancellationToken cancellationToken)
    {
        var award = await agreements.AwardAsync(awardId, cancellationToken: cancellationToken);
        if (award is null)
        {
            return NotFound();
        }
        return await StepAsync(awardId, async () =>
        {
            var author = User.ToAuthor();
            await agreements.CreateAsync(award, author.UserId, author.Name, cancellationToken);
            return l["已生成任务书草稿：请核对内容，补充特别约定后下达"];
        });
    }

    [HttpPost(Base + "/terms")]
    public async Task<IActionResult> Terms(Guid awardId, TermsForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var award = await agreements.AwardAsync(awardId, cancellationToken: cancellationToken);
        var agreement = award is null ? null : await agreements.AgreementAsync(awardId, cancellationToken);
        if (award is null || agreement is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), Page(award, agreement) with { Terms = form });
        }
        return await StepAsync(awardId, async () =>
        {
            await agreements.ReviseAsync(agreement, form.Revision, content => content with
            {
                SpecialTerms = (form.SpecialTerms ?? "").Trim(),
                PeriodStart = TermsFormValidator.ParseDate(form.PeriodStart),
                PeriodEnd = TermsFormValidator.ParseDate(form.PeriodEnd),
                Indicators = AgreementText.ParseIndicators(form.Indicators),
                Schedule = AgreementText.ParseSchedule(form.Schedule),
            }, cancellationToken);
            return l["草稿已保存"];
        });
    }

    [HttpPost(Base + "/issue")]
    public async Task<IActionResult> Issue(Guid awardId, int revision, CancellationToken cancellationToken)
    {
        var (award, agreement) = await LoadAsync(awardId, cancellationToken);
        if (award is null || agreement is null)
        {
            return NotFound();
        }
        return await StepAsync(awardId, async () =>
        {
            await agreements.IssueAsync(agreement, award, revision, User.ToAuthor().Name, cancellationToken);
            return l["任务书已下达：申报单位可下载打印，盖章后上传扫描件"];
        });
    }

    [HttpPost(Base + "/return")]
    public async Task<IActionResult> Return(Guid awardId, AgreementReasonForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (award, agreement) = await LoadAsync(awardId, cancellationToken);
        if (award is null || agreement is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), Page(award, agreement) with { Return = form });
        }
        return await StepAsync(awardId, async () =>
        {
            await agreements.ReturnScanAsync(agreement, form.Revision, form.Reason!, cancellationToken);
            return l["已退回盖章件，申报单位需重新上传"];
        });
    }

    [HttpPost(Base + "/countersign")]
    public async Task<IActionResult> Countersign(Guid awardId, int revision, CancellationToken cancellationToken)
    {
        var (award, agreement) = await LoadAsync(awardId, cancellationToken);
        if (award is null || agreement is null)
        {
            return NotFound();
        }
        return await StepAsync(awardId, async () =>
        {
            var author = User.ToAuthor();
            await agreements.CountersignAsync(agreement, award, revision, author.UserId, author.Name, cancellationToken);
            return l["已会签：任务书生效，签订任务书后的拨款已转为待拨付"];
        });
    }

    [HttpPost(Base + "/amend")]
    public async Task<IActionResult> Amend(Guid awardId, AgreementReasonForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (award, agreement) = await LoadAsync(awardId, cancellationToken);
        if (award is null || agreement is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), Page(award, agreement) with { Amend = form });
        }
        return await StepAsync(awardId, async () =>
        {
            var author = User.ToAuthor();
            await agreements.AmendAsync(agreement, award, form.Revision, form.Reason!, author.UserId, author.Name, cancellationToken);
            return l["已创建变更版本（草稿）：修改后重新下达"];
        });
    }

    /// <summary>The PDF of one version (drafts too: a preview for staff).</summary>
    [HttpGet(Base + "/versions/{number:int}/pdf")]
    public async Task<IActionResult> Pdf(Guid awardId, int number, CancellationToken cancellationToken)
    {
        var version = await VersionAsync(awardId, number, cancellationToken);
        return version is null ? NotFound() : FileDownload.Send(this, pdf.Render(version), "application/pdf", TaskAgreementPdf.FileName(version));
    }

    /// <summary>The applicant's sealed scan of one version (images shown inline).</summary>
    [HttpGet(Base + "/versions/{number:int}/scan")]
    public Task<IActionResult> Scan(Guid awardId, int number, CancellationToken cancellationToken) =>
        StoredAsync(awardId, number, v => v.ScanFileId, inline: true, cancellationToken);

    /// <summary>The countersigned (digitally signed) PDF of one version.</summary>
    [HttpGet(Base + "/versions/{number:int}/signed")]
    public Task<IActionResult> SignedCopy(Guid awardId, int number, CancellationToken cancellationToken) =>
        StoredAsync(awardId, number, v => v.SignedFileId, inline: false, cancellationToken);

    private async Task<IActionResult> StoredAsync(Guid awardId, int number, Func<AgreementVersion, Guid?> file, bool inline, CancellationToken cancellationToken)
    {
        var version = await VersionAsync(awardId, number, cancellationToken);
        var id = version is null ? null : file(version);
        var stored = id is null ? null : await db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        var content = stored is null ? null : await files.GetAsync(stored, cancellationToken);
        return content is null ? NotFound() : Scans.ScanFile.Result(this, stored!, content, inline);
    }

    private async Task<AgreementVersion?> VersionAsync(Guid awardId, int number, CancellationToken cancellationToken)
    {
        var agreement = await db.TaskAgreements.AsNoTracking().Include(a => a.Versions).SingleOrDefaultAsync(a => a.AwardId == awardId, cancellationToken);
        return agreement?.Versions.SingleOrDefault(v => v.Number == number);
    }

    private async Task<(Award? Award, TaskAgreement? Agreement)> LoadAsync(Guid awardId, CancellationToken cancellationToken)
    {
        var award = await agreements.AwardAsync(awardId, cancellationToken: cancellationToken);
        return award is null ? (null, null) : (award, await agreements.AgreementAsync(awardId, cancellationToken));
    }

    private async Task<IActionResult> StepAsync(Guid awardId, Func<Task<LocalizedString>> step)
    {
        try
        {
            TempData["Notice"] = (await step()).Value;
        }
        catch (DomainException error)
        {
            TempData["Error"] = AgreementText.Describe(error, l);
        }
        return LocalRedirect(PageUrl(awardId));
    }

    private static StaffAgreementPage Page(Award award, TaskAgreement? agreement)
    {
        var revision = agreement?.Revision ?? 0;
        var content = agreement?.Current.Content;
        var terms = new TermsForm
        {
            Revision = revision,
            SpecialTerms = content?.SpecialTerms,
            PeriodStart = content?.PeriodStart?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            PeriodEnd = content?.PeriodEnd?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Indicators = content is null ? null : AgreementText.IndicatorLines(content.Indicators),
            Schedule = content is null ? null : AgreementText.ScheduleLines(content.Schedule),
        };
        return new StaffAgreementPage(award, agreement, terms, new AgreementReasonForm { Revision = revision }, new AgreementReasonForm { Revision = revision });
    }
}
