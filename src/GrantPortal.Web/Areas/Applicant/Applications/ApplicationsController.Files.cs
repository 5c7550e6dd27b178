using GrantPortal.Web.Infrastructure;
using GrantPortal.Web.Infrastructure.Uploads;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Files;
using GrantPortal.Domain.Forms;
using GrantPortal.Infrastructure.Files;
using GrantPortal.Web.Views.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Web.Areas.Applicant.Applications;

public sealed partial class ApplicationsController
{
    /// <summary>The largest file any field may allow; requests above it are cut off before they are read.</summary>
    public const long MaxUploadBytes = 50 * 1024 * 1024;

    /// <summary>
    /// 上传附件: one file for one file field. Refused (413) when larger than the field allows — told by the declared
    /// length before the body is read (<see cref="FieldUploadLimitAttribute"/>), else by the file read — and (422) when its
    /// extension is not accepted or its content is not of that kind. The stored file's id becomes the field's answer (a
    /// save from the revision the page shows). Answers JSON to scripts, else back to the page.
    /// </summary>
    [HttpPost(Base + "/files/{fieldKey}")]
    [RequestSizeLimit(MaxUploadBytes + FieldUploadLimitAttribute.FormOverhead)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + FieldUploadLimitAttribute.FormOverhead)]
    [FieldUploadLimit]
    public async Task<IActionResult> Upload(Guid applicationId, string fieldKey, int revision, [FromServices] IFileContentStore store, CancellationToken cancellationToken)
    {
        var context = await LoadAsync(applicationId, cancellationToken);
        var field = context?.Form.Schema.AllFields().FirstOrDefault(f => f.Key == fieldKey && f.Type == FieldType.File);
        if (context is null || field is null)
        {
            return NotFound();
        }
        var maxBytes = FieldUploadLimitAttribute.MaxBytes(field);
        var file = Request.HasFormContentType ? (await Request.ReadFormAsync(cancellationToken)).Files is { Count: > 0 } files ? files[0] : null : null;
        var upload = await UploadedFile.ReadAsync(file, maxBytes, field.Accept, cancellationToken);
        var tooLarge = upload.Refusal == UploadRefusal.TooLarge;
        var error = upload.Refusal is UploadRefusal.None or UploadRefusal.WrongType && !context.Editable
            ? l["此申报书已不能修改"].Value
            : UploadText.Describe(upload.Refusal, maxBytes, field.Accept, l);
        if (error is null)
        {
            var now = time.GetUtcNow();
            var stored = new StoredFile(context.Application.TenantId, context.Application.OrganizationId, file!.FileName, upload.ContentType, upload.Content, UserId, now);
            var values = new Dictionary<string, string>(context.Application.Values, StringComparer.Ordinal) { [field.Key] = stored.Id.ToString() };
            try
            {
                context.Application.Save(values, revision, context.Phase, UserId, now);
                await store.PutAsync(stored, upload.Content, cancellationToken);
                db.StoredFiles.Add(stored);
                await db.SaveChangesAsync(cancellationToken);
                if (WantsJson)
                {
                    return Json(new { revision = context.Application.Revision, fileId = stored.Id, name = stored.OriginalName, size = stored.Size, url = FileUrl(applicationId, stored.Id) });
                }
                TempData["Saved"] = l["已上传：{0}", stored.OriginalName].Value;
                return Redirect(EditUrl(applicationId) + "#" + new ApplicationFormModel(context.Form.Schema, values, false, Prefix).Id(field.Key) + "-wrap");
            }
            catch (DomainException refused)
            {
                error = Message(refused);
            }
            catch (DbUpdateConcurrencyException)
            {
                error = l["此申报书已被同单位的其他用户修改，请重新载入"];
            }
        }
        if (WantsJson)
        {
            return tooLarge
                ? StatusCode(StatusCodes.Status413PayloadTooLarge, new { message = error, currentRevision = context.Application.Revision })
                : UnprocessableEntity(new { message = error, currentRevision = context.Application.Revision });
        }
        if (tooLarge)
        {
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
        ModelState.AddModelError(new ApplicationFormModel(context.Form.Schema, context.Application.Values, false, Prefix).Id(field.Key), error!);
        return View(nameof(Edit), await PageAsync(context, context.Application.Values, revision, error, cancellationToken));
    }

    /// <summary>下载附件: only to the organisation that owns it, under its original name, never sniffed as something else.</summary>
    [HttpGet(Base + "/files/{fileId:guid}")]
    public async Task<IActionResult> Download(Guid applicationId, Guid fileId, [FromServices] IFileContentStore store, CancellationToken cancellationToken)
    {
        var context = await LoadAsync(applicationId, cancellationToken);
        if (context is null || !context.Application.Values.Values.Contains(fileId.ToString()))
        {
            return NotFound();
        }
        return await StoredFileDownload.SendAsync(this, db, store, fileId, context.Application.OrganizationId, cancellationToken);
    }

    private bool WantsJson => Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    private string FileUrl(Guid applicationId, Guid fileId) => $"{EditUrl(applicationId)}/files/{fileId}";

    private async Task<EditViewModel> PageAsync(ApplicationContext context, IReadOnlyDictionary<string, string> values, int revision, string? error, CancellationToken cancellationToken)
    {
        var fileFields = context.Form.Schema.AllFields().Where(f => f.Type == FieldType.File).Select(f => f.Key).ToList();
        var ids = fileFields.Select(k => values.TryGetValue(k, out var v) && Guid.TryParse(v, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        var files = ids.Count == 0 ? [] : await db.StoredFiles.AsNoTracking()
            .Where(f => ids.Contains(f.Id) && f.OrganizationId == context.Application.OrganizationId)
            .Select(f => new { f.Id, f.OriginalName, f.Size })
            .ToListAsync(cancellationToken);
        var links = new Dictionary<string, UploadedFileLink>(StringComparer.Ordinal);
        foreach (var key in fileFields)
        {
            if (values.TryGetValue(key, out var value) && files.FirstOrDefault(f => f.Id.ToString() == value) is { } found)
            {
                links[key] = new UploadedFileLink(found.OriginalName, found.Size, FileUrl(context.Application.Id, found.Id));
            }
        }
        var form = new ApplicationFormModel(context.Form.Schema, values, false, Prefix)
        {
            Files = links,
            UploadFormPrefix = context.Editable ? "upload-" : null,
        };
        return new EditViewModel(context, form, revision, error, Tenant, time.GetUtcNow());
    }
}
