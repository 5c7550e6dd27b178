using System.Globalization;
using GrantPortal.Domain.Acceptance;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Files;
using GrantPortal.Infrastructure.Acceptance;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Areas.Applicant.Applications;
using GrantPortal.Web.Infrastructure;
using GrantPortal.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Applicant.Acceptance;

/// <summary>
/// 验收材料 (applicant): the award's checklist — reports typed in, files uploaded (type told by content, as for the
/// application's attachments), links — the activity's end date when the due date counts from it, and submission once
/// every line is done. Every action looks the award up by id AND the user's organisation: another's answers 404.
/// </summary>
[Area("Applicant")]
[Authorize(Roles = "Applicant")]
public sealed class AcceptanceController(
    PortalDbContext db, AcceptanceCases cases, TenantContext tenant, TimeProvider time, IStringLocalizer<SharedResource> l, GrantPortal.Infrastructure.Files.IFileContentStore fileStore) : Controller
{
    /// <summary>The largest single file (photos, scans, slides).</summary>
    public const int MaxFileBytes = 20 * 1024 * 1024;

    private const string Base = "/{tenant}/my/awards/{awardId:guid}/acceptance";

    [HttpGet(Base)]
    public async Task<IActionResult> Index(Guid awardId, CancellationToken cancellationToken)
    {
        var acceptance = await LoadAsync(awardId, cancellationToken);
        return acceptance is null ? NotFound() : View(Page(acceptance));
    }

    /// <summary>保存: the end date, every report and every list of links at once; nothing is saved when one is refused.</summary>
    [HttpPost(Base + "/save")]
    public async Task<IActionResult> Save(Guid awardId, int version, CancellationToken cancellationToken)
    {
        var acceptance = await LoadAsync(awardId, cancellationToken);
        if (acceptance is null)
        {
            return NotFound();
        }
        var form = Request.HasFormContentType ? await Request.ReadFormAsync(cancellationToken) : null;
        var posted = form?.Keys.Where(k => k is "ActivityEndedOn" || k.StartsWith("text-", StringComparison.Ordinal) || k.StartsWith("links-", StringComparison.Ordinal))
            .ToDictionary(k => k, k => form[k].ToString(), StringComparer.Ordinal) ?? [];
        if (!Editable(acceptance))
        {
            ModelState.AddModelError("", l["验收材料已提交，不能修改"]);
            return View(nameof(Index), Page(acceptance, posted));
        }
        DateOnly? endDate = null;
        if (posted.TryGetValue("ActivityEndedOn", out var typed) && !string.IsNullOrWhiteSpace(typed))
        {
            if (DateOnly.TryParseExact(typed.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                && parsed <= BeijingTime.Today(time.GetUtcNow()))
            {
                endDate = parsed;
            }
            else
            {
                ModelState.AddModelError("ActivityEndedOn", l["请填写有效的结束日期（不晚于今天）"]);
            }
        }
        var now = time.GetUtcNow();
        var submission = acceptance.Submission;
        if ((submission?.Version ?? 0) != version)
        {
            ModelState.AddModelError("", l["验收材料已被同单位的其他用户修改，请重新载入"]);
        }
        if (ModelState.IsValid)
        {
            submission = cases.Start(acceptance, now);
            foreach (var requirement in submission.Requirements)
            {
                try
                {
                    switch (requirement.Input)
                    {
                        case AcceptanceInput.Text when posted.TryGetValue($"text-{requirement.Index}", out var text):
                            if (text.Length > 100_000)
                            {
                                ModelState.AddModelError($"text-{requirement.Index}", l["{0}：不能超过 100000 字", requirement.Name]);
                                break;
                            }
                            submission.SetText(requirement.Index, text, now);
                            break;
                        case AcceptanceInput.Links when posted.TryGetValue($"links-{requirement.Index}", out var links):
                            submission.SetLinks(requirement.Index, links.Split('\n'), now);
                            break;
                    }
                }
                catch (DomainException refused)
                {
                    ModelState.AddModelError(requirement.Input == AcceptanceInput.Text ? $"text-{requirement.Index}" : $"links-{requirement.Index}",
                        requirement.Name + l["："] + AcceptanceText(refused, l));
                }
            }
            if (ModelState.IsValid)
            {
                submission.SetActivityEnd(endDate, now);
            }
        }
        if (!ModelState.IsValid)
        {
            // Nothing of a refused save is kept: the page shows what was typed, the database what was saved before.
            return View(nameof(Index), Page(await ReloadAsync(awardId, cancellationToken), posted));
        }
        try
        {
            await cases.SaveAsync(cancellationToken);
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError("", AcceptanceText(refused, l));
            return View(nameof(Index), Page(await ReloadAsync(awardId, cancellationToken), posted));
        }
        TempData["Notice"] = l["已保存"].Value;
        return Redirect(PageUrl(awardId));
    }

    /// <summary>上传: one or more files for one item; all refused when one is too large, of a wrong type, or they would be too many.</summary>
    [HttpPost(Base + "/items/{index:int}/files")]
    [RequestSizeLimit(ApplicationsController.MaxUploadBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = ApplicationsController.MaxUploadBytes + 1024 * 1024)]
    public async Task<IActionResult> Upload(Guid awardId, int index, CancellationToken cancellationToken)
    {
        var acceptance = await LoadAsync(awardId, cancellationToken);
        var requirement = acceptance?.Requirements.FirstOrDefault(r => r.Index == index && r.Input == AcceptanceInput.Files);
        if (acceptance is null || requirement is null)
        {
            return NotFound();
        }
        var key = $"file-{index}";
        var tooLarge = Request.ContentLength > ApplicationsController.MaxUploadBytes + 512 * 1024;
        var files = !tooLarge && Request.HasFormContentType ? (await Request.ReadFormAsync(cancellationToken)).Files.Where(f => f.Length > 0).ToList() : [];
        var already = acceptance.Submission?.ItemAt(index).Files.Count ?? 0;
        if (!Editable(acceptance))
        {
            ModelState.AddModelError(key, l["验收材料已提交，不能修改"]);
        }
        else if (tooLarge || files.Any(f => f.Length > MaxFileBytes))
        {
            ModelState.AddModelError(key, l["文件超过 {0} MB", MaxFileBytes / 1024 / 1024]);
        }
        else if (files.Count == 0)
        {
            ModelState.AddModelError(key, l["请选择要上传的文件"]);
        }
        else if (already + files.Count > requirement.MaxCount)
        {
            ModelState.AddModelError(key, l["{0}：最多 {1} 个文件（已上传 {2} 个，本次选择 {3} 个）", requirement.Name, requirement.MaxCount, already, files.Count]);
        }
        var stored = new List<StoredFile>();
        var contents = new Dictionary<Guid, byte[]>();
        var now = time.GetUtcNow();
        if (ModelState.IsValid)
        {
            foreach (var file in files)
            {
                // Sizes and emptiness were checked above for all files at once: here only the type can refuse one.
                var upload = await UploadedFile.ReadAsync(file, MaxFileBytes, requirement.Accept, cancellationToken);
                if (!upload.Accepted)
                {
                    ModelState.AddModelError(key, l["{0}：文件类型不符，只接受 {1}", StoredFile.SafeName(file.FileName), UploadText.Extensions(requirement.Accept, l)]);
                    continue;
                }
                var storedFile = new StoredFile(acceptance.Award.TenantId, acceptance.Award.OrganizationId, file.FileName, upload.ContentType, upload.Content, User.UserId(), now);
                stored.Add(storedFile);
                contents[storedFile.Id] = upload.Content;
            }
        }
        if (ModelState.IsValid)
        {
            try
            {
                var submission = cases.Start(acceptance, now);
                foreach (var file in stored)
                {
                    submission.AddFile(index, new AcceptanceFile(file.Id, file.OriginalName, file.Size, file.ContentType), now);
                    await fileStore.PutAsync(file, contents[file.Id], cancellationToken);
                    db.StoredFiles.Add(file);
                }
                await cases.SaveAsync(cancellationToken);
                TempData["Notice"] = l["已上传 {0} 个文件", stored.Count].Value;
                return Redirect(PageUrl(awardId) + $"#item-{index}");
            }
            catch (DomainException refused)
            {
                ModelState.AddModelError(key, AcceptanceText(refused, l));
            }
        }
        return View(nameof(Index), Page(await ReloadAsync(awardId, cancellationToken)));
    }

    [HttpPost(Base + "/items/{index:int}/files/{fileId:guid}/remove")]
    public async Task<IActionResult> Remove(Guid awardId, int index, Guid fileId, CancellationToken cancellationToken)
    {
        var acceptance = await LoadAsync(awardId, cancellationToken);
        if (acceptance?.Submission is not { } submission || !submission.ItemAt(index).Files.Any(f => f.FileId == fileId))
        {
            return NotFound();
        }
        try
        {
            submission.RemoveFile(index, fileId, time.GetUtcNow());
            await cases.SaveAsync(cancellationToken);
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError($"file-{index}", AcceptanceText(refused, l));
            return View(nameof(Index), Page(await ReloadAsync(awardId, cancellationToken)));
        }
        TempData["Notice"] = l["已删除文件"].Value;
        return Redirect(PageUrl(awardId) + $"#item-{index}");
    }

    [HttpGet(Base + "/files/{fileId:guid}")]
    public async Task<IActionResult> Download(Guid awardId, Guid fileId, CancellationToken cancellationToken)
    {
        var acceptance = await LoadAsync(awardId, cancellationToken);
        if (acceptance?.Submission is not { } submission || !submission.HasFile(fileId))
        {
            return NotFound();
        }
        return await StoredFileDownload.SendAsync(this, db, fileStore, fileId, acceptance.Award.OrganizationId, cancellationToken);
    }

    /// <summary>提交: only when every line is done; after the due date it is marked late (逾期) with the days.</summary>
    [HttpPost(Base + "/submit")]
    public async Task<IActionResult> Submit(Guid awardId, int version, CancellationToken cancellationToken)
    {
        var acceptance = await LoadAsync(awardId, cancellationToken);
        if (acceptance is null)
        {
            return NotFound();
        }
        var now = time.GetUtcNow();
        try
        {
            if (!Editable(acceptance))
            {
                throw new DomainException("acceptance.not_editable", "Not editable.");
            }
            if (acceptance.NeedsEndDate && acceptance.Submission?.ActivityEndedOn is null)
            {
                ModelState.AddModelError("ActivityEndedOn", l["请先填写并保存活动（项目）结束日期：验收材料的截止日期由此计算"]);
                return View(nameof(Index), Page(acceptance));
            }
            var submission = cases.Start(acceptance, now);
            submission.Submit(acceptance.DueOn(), version, User.UserId(), User.Identity?.Name ?? "?", now);
            await cases.SaveAsync(cancellationToken);
            TempData["Notice"] = submission.DaysLate > 0
                ? l["验收材料已提交（逾期 {0} 天）", submission.DaysLate].Value
                : l["验收材料已提交，请等待审核"].Value;
            return Redirect(PageUrl(awardId));
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError("", AcceptanceText(refused, l));
            return View(nameof(Index), Page(await ReloadAsync(awardId, cancellationToken)));
        }
    }

    /// <summary>A refused acceptance change in the user's language.</summary>
    public static string AcceptanceText(DomainException error, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(l);
        return error.Code switch
        {
            "acceptance.bad_link" => l["“{0}”不是有效的网址（须以 http:// 或 https:// 开头）", error.Arguments.ToArray()],
            "acceptance.too_many" => l["最多 {0} 项", error.Arguments.ToArray()],
            "acceptance.incomplete" => l["验收材料不完整，不能提交：{0}", error.Arguments.ToArray()],
            "acceptance.not_editable" => l["验收材料已提交，不能修改"],
            "acceptance.stale" or "award.stale" => l["验收材料已被同单位的其他用户修改，请重新载入"],
            "acceptance.award_not_active" or "award.terminated" => l["该项目已结项或已终止"],
            _ => Display.DomainMessages.Describe(error, l),
        };
    }

    private static bool Editable(AcceptanceCase acceptance) =>
        acceptance.Award.Status == Domain.Awards.AwardStatus.Active && (acceptance.Submission?.IsEditable ?? true);

    private AcceptancePage Page(AcceptanceCase acceptance, IReadOnlyDictionary<string, string>? posted = null)
    {
        var today = BeijingTime.Today(time.GetUtcNow());
        var lines = acceptance.Submission?.Checklist()
            ?? acceptance.Requirements.Select(r => new ChecklistLine(r, new AcceptanceItem { Index = r.Index }, AcceptanceShortfall.Missing, 0)).ToList();
        return new AcceptancePage(acceptance, lines, acceptance.DueOn(), acceptance.DaysOverdue(today), today, posted ?? new Dictionary<string, string>());
    }

    private async Task<AcceptanceCase?> LoadAsync(Guid awardId, CancellationToken cancellationToken) =>
        User.OrganizationId() is { } organizationId ? await cases.LoadAsync(awardId, organizationId, cancellationToken) : null;

    private async Task<AcceptanceCase> ReloadAsync(Guid awardId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return (await LoadAsync(awardId, cancellationToken))!;
    }

    private string PageUrl(Guid awardId) => $"/{tenant.Association!.Identifier}/my/awards/{awardId}/acceptance";
}
