using System.Text.Json;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Forms;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Display;
using GrantPortal.Web.Infrastructure;
using GrantPortal.Web.Views.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Forms;

/// <summary>
/// 申报表编辑: staff build a category's application form in the browser — sections, fields of every type, tables with
/// totals, conditions, 意见栏 — preview it as applicants will see it, and copy it to other categories. Every change goes
/// through <see cref="CallEditor"/>: a draft's form is rewritten, a published call's form gets a new version.
/// </summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class FormsController(CallEditor editor, PortalDbContext db, TenantContext tenant, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    private string BuilderUrl(Guid id) => $"/{tenant.Association!.Identifier}/staff/categories/{id}/form";

    [HttpGet("/{tenant}/staff/categories/{id:guid}/form")]
    public async Task<IActionResult> Builder(Guid id, CancellationToken cancellationToken)
    {
        var category = await FindAsync(id, cancellationToken);
        return category is null ? NotFound() : await BuilderViewAsync(category, null, [], cancellationToken);
    }

    [HttpPost("/{tenant}/staff/categories/{id:guid}/form/new")]
    public async Task<IActionResult> Create(Guid id, NewFormForm form, CancellationToken cancellationToken)
    {
        var category = await FindAsync(id, cancellationToken);
        if (category is null)
        {
            return NotFound();
        }
        FormSchema schema;
        string summary;
        if (form.SourceId is { } sourceId)
        {
            var source = await db.Forms.AsNoTracking().Where(f => f.CategoryId == sourceId).OrderByDescending(f => f.Version)
                .Select(f => f.Schema).FirstOrDefaultAsync(cancellationToken);
            if (source is null)
            {
                return await BuilderViewAsync(category, l["请选择要复制的申报表"], [], cancellationToken);
            }
            schema = source;
            summary = $"复制申报表“{source.Title}”到 {category.Code}";
        }
        else if (string.IsNullOrWhiteSpace(form.Title))
        {
            return await BuilderViewAsync(category, l["请填写申报表标题"], [], cancellationToken);
        }
        else
        {
            schema = new FormSchema { Title = form.Title.Trim() };
            summary = $"为 {category.Code} 新建申报表“{schema.Title}”";
        }
        return await ReviseAsync(category, form.Revision, "form.create", _ => schema, summary, cancellationToken);
    }

    [HttpPost("/{tenant}/staff/categories/{id:guid}/form/header")]
    public async Task<IActionResult> Header(Guid id, HeaderForm form, CancellationToken cancellationToken)
    {
        var category = await FindAsync(id, cancellationToken);
        if (category?.CurrentForm is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return await BuilderViewAsync(category, string.Join(l["；"], ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)), [], cancellationToken, header: form);
        }
        return await ReviseAsync(category, form.Revision, "form.header", s => s.WithHeader(form.Title, form.Attachment),
            $"{category.Code} 申报表标题改为“{form.Title.Trim()}”", cancellationToken, header: form);
    }

    [HttpPost("/{tenant}/staff/categories/{id:guid}/form/sections")]
    public async Task<IActionResult> Section(Guid id, SectionForm form, CancellationToken cancellationToken)
    {
        var category = await FindAsync(id, cancellationToken);
        if (category?.CurrentForm is null)
        {
            return NotFound();
        }
        var schema = category.CurrentForm.Schema;
        var title = form.Title?.Trim() ?? "";
        if (form.Op is "add" or "rename" && title.Length == 0)
        {
            return await BuilderViewAsync(category, l["请填写部分标题"], [], cancellationToken);
        }
        if (form.Op == "add")
        {
            return await ReviseAsync(category, form.Revision, "form.section", s => s.AddSection(title), $"{category.Code} 申报表增加部分“{title}”", cancellationToken, sectionTitle: title);
        }
        if (schema.FindSection(form.Section) is not { } section)
        {
            return await BuilderViewAsync(category, l["该部分已不存在，请刷新页面"], [], cancellationToken);
        }
        (Func<FormSchema, FormSchema> edit, string summary)? change = form.Op switch
        {
            "rename" => (s => s.RenameSection(section.Key, title), $"{category.Code} 申报表部分“{section.Title}”改名为“{title}”"),
            "up" => (s => s.MoveSection(section.Key, -1), $"{category.Code} 申报表部分“{section.Title}”上移"),
            "down" => (s => s.MoveSection(section.Key, 1), $"{category.Code} 申报表部分“{section.Title}”下移"),
            "remove" => (s => s.RemoveSection(section.Key), $"{category.Code} 申报表删除部分“{section.Title}”"),
            _ => null,
        };
        return change is { } c
            ? await ReviseAsync(category, form.Revision, "form.section", c.edit, c.summary, cancellationToken)
            : BadRequest();
    }

    [HttpPost("/{tenant}/staff/categories/{id:guid}/form/fields")]
    public async Task<IActionResult> FieldAction(Guid id, FieldActionForm form, CancellationToken cancellationToken)
    {
        var category = await FindAsync(id, cancellationToken);
        if (category?.CurrentForm is null)
        {
            return NotFound();
        }
        var schema = category.CurrentForm.Schema;
        if (schema.FindField(form.Field) is not { } field)
        {
            return await BuilderViewAsync(category, l["该字段已不存在，请刷新页面"], [], cancellationToken);
        }
        if (form.Op == "move" && schema.FindSection(form.TargetSection) is null)
        {
            return await BuilderViewAsync(category, l["请选择要移到的部分"], [], cancellationToken);
        }
        (Func<FormSchema, FormSchema> edit, string summary)? change = form.Op switch
        {
            "up" => (s => s.MoveField(field.Key, -1), $"{category.Code} 申报表字段“{field.Label}”上移"),
            "down" => (s => s.MoveField(field.Key, 1), $"{category.Code} 申报表字段“{field.Label}”下移"),
            "move" => (s => s.MoveFieldToSection(field.Key, form.TargetSection!), $"{category.Code} 申报表字段“{field.Label}”移到另一部分"),
            "remove" => (s => s.RemoveField(field.Key), $"{category.Code} 申报表删除字段“{field.Label}”"),
            _ => null,
        };
        return change is { } c
            ? await ReviseAsync(category, form.Revision, "form.field", c.edit, c.summary, cancellationToken)
            : BadRequest();
    }

    [HttpPost("/{tenant}/staff/categories/{id:guid}/form/signoffs")]
    public async Task<IActionResult> SignOffs(Guid id, SignOffsForm form, CancellationToken cancellationToken)
    {
        var category = await FindAsync(id, cancellationToken);
        if (category?.CurrentForm is null)
        {
            return NotFound();
        }
        var blocks = form.Blocks.Where(b => !b.Remove && !string.IsNullOrWhiteSpace(b.Title)).Select(b => b.ToBlock()).ToList();
        return await ReviseAsync(category, form.Revision, "form.signoffs", s => s.WithSignOffBlocks(blocks),
            $"{category.Code} 申报表意见栏：{string.Join("、", blocks.Select(b => b.Title))}", cancellationToken);
    }

    /// <summary>The field editor: <paramref name="key"/> for an existing field, or <paramref name="section"/> and <paramref name="type"/> for a new one.</summary>
    [HttpGet("/{tenant}/staff/categories/{id:guid}/form/field")]
    public async Task<IActionResult> Field(Guid id, string? key, string? section, FieldType? type, CancellationToken cancellationToken)
    {
        var category = await FindAsync(id, cancellationToken);
        if (category?.CurrentForm is null)
        {
            return NotFound();
        }
        var schema = category.CurrentForm.Schema;
        FieldForm form;
        if (key is not null)
        {
            if (schema.FindField(key) is not { } field)
            {
                return NotFound();
            }
            form = FieldForm.From(field, category.Call.Revision, schema.SectionOf(key)!.Key);
        }
        else
        {
            var target = schema.FindSection(section) ?? (schema.Sections.Count > 0 ? schema.Sections[0] : null);
            if (target is null)
            {
                return await BuilderViewAsync(category, l["请先添加一个部分，再添加字段"], [], cancellationToken);
            }
            var fieldType = type ?? FieldType.ShortText;
            form = new FieldForm
            {
                Revision = category.Call.Revision,
                Section = target.Key,
                Type = fieldType,
                MaxLength = fieldType == FieldType.LongText ? 1500 : null,
                MaxSizeMb = fieldType == FieldType.File ? 20 : null,
                Accept = fieldType == FieldType.File ? ".pdf" : null,
            };
        }
        return FieldView(category, form, []);
    }

    [HttpPost("/{tenant}/staff/categories/{id:guid}/form/field")]
    public async Task<IActionResult> Field(Guid id, FieldForm form, CancellationToken cancellationToken)
    {
        var category = await FindAsync(id, cancellationToken);
        if (category?.CurrentForm is null)
        {
            return NotFound();
        }
        var schema = category.CurrentForm.Schema;
        if (form.Preset is { } preset)
        {
            // One click adds the preset's columns; nothing is saved until the field is.
            ModelState.Clear();
            form.Type = FieldType.Table;
            form.Columns = [.. form.KeptColumns, .. TablePresets.Columns(preset).Select(ColumnRow.From)];
            if (TablePresets.KeyOf(preset) is { } presetKey && string.IsNullOrWhiteSpace(form.Key))
            {
                form.Key = presetKey;
            }
            form.Preset = null;
            return FieldView(category, form, []);
        }
        if (!form.IsNew && schema.FindField(form.OriginalKey) is null)
        {
            ModelState.AddModelError("", l["该字段已被他人删除"]);
        }
        if (form.IsNew && schema.FindSection(form.Section) is null)
        {
            ModelState.AddModelError("", l["该部分已不存在，请刷新页面"]);
        }
        var key = string.IsNullOrWhiteSpace(form.Key) ? form.IsNew ? schema.UniqueFieldKey(form.Type) : form.OriginalKey! : form.Key.Trim();
        if (key != form.OriginalKey && schema.FindField(key) is not null)
        {
            ModelState.AddModelError(nameof(form.Key), l["字段键“{0}”已被本表其他字段使用", key]);
        }
        if (!string.IsNullOrWhiteSpace(form.ShowWhenField) && (schema.FindField(form.ShowWhenField) is null || form.ShowWhenField == form.OriginalKey))
        {
            ModelState.AddModelError(nameof(form.ShowWhenField), l["请选择本表中的另一个字段"]);
        }
        if (!ModelState.IsValid)
        {
            return FieldView(category, form, []);
        }
        var children = category.Children.OrderBy(c => c.SortOrder).Select(c => new ChoiceOption(c.Code, c.Name)).ToList();
        var field = form.ToField(key, children);
        var outcome = await EditFormAsync(category, form.Revision, "form.field", s => form.IsNew ? s.AddField(form.Section!, field) : s.ReplaceField(form.OriginalKey!, field),
            form.IsNew ? $"{category.Code} 申报表增加字段“{field.Label}”" : $"{category.Code} 申报表修改字段“{field.Label}”", cancellationToken);
        if (outcome.Succeeded)
        {
            return LocalRedirect(BuilderUrl(id) + "#field-" + key);
        }
        var fresh = await FindAsync(id, cancellationToken);
        if (fresh?.CurrentForm is null)
        {
            return NotFound();
        }
        if (outcome.Status == CallEditStatus.Conflict)
        {
            // Keep what was typed; the next save starts from the revision now current.
            form.Revision = fresh.Call.Revision;
            return FieldView(fresh, form, outcome.Missed);
        }
        ModelState.AddModelError("", outcome.Error is { } error ? DomainMessages.Describe(error, l) : l["保存失败"]);
        return FieldView(fresh, form, []);
    }

    [HttpGet("/{tenant}/staff/categories/{id:guid}/form/preview")]
    public async Task<IActionResult> Preview(Guid id, CancellationToken cancellationToken)
    {
        var category = await FindAsync(id, cancellationToken);
        if (category?.CurrentForm is not { } form)
        {
            return NotFound();
        }
        ViewData["Category"] = category;
        return View(new ApplicationFormModel(form.Schema, new Dictionary<string, string>(StringComparer.Ordinal), Preview: true, Prefix: ""));
    }

    [HttpGet("/{tenant}/staff/categories/{id:guid}/form/copy")]
    public async Task<IActionResult> Copy(Guid id, CancellationToken cancellationToken)
    {
        var category = await FindAsync(id, cancellationToken);
        if (category?.CurrentForm is null)
        {
            return NotFound();
        }
        return View(new CopyViewModel(category, new CopyForm()) { Targets = await TargetsAsync(id, cancellationToken) });
    }

    [HttpPost("/{tenant}/staff/categories/{id:guid}/form/copy")]
    public async Task<IActionResult> Copy(Guid id, CopyForm form, CancellationToken cancellationToken)
    {
        var category = await FindAsync(id, cancellationToken);
        if (category?.CurrentForm is not { } source)
        {
            return NotFound();
        }
        var targets = await TargetsAsync(id, cancellationToken);
        var choice = targets.FirstOrDefault(t => t.Id == form.TargetId);
        if (choice is null)
        {
            ModelState.AddModelError(nameof(form.TargetId), l["请选择草稿通知中的一个类别"]);
            return View(new CopyViewModel(category, form) { Targets = targets });
        }
        var targetCall = choice.CallId == category.CallId ? category.Call : await editor.LoadAsync(choice.CallId, cancellationToken);
        var target = targetCall?.Categories.SingleOrDefault(c => c.Id == choice.Id);
        if (target is null)
        {
            return NotFound();
        }
        if (form.Revision is not { } revision)
        {
            form.Revision = target.Call.Revision;
            return View("ConfirmCopy", new CopyViewModel(category, form) { Target = target });
        }
        if (target.CurrentForm is not null && !form.Replace)
        {
            ModelState.AddModelError(nameof(form.Replace), l["目标类别已有申报表：请勾选确认替换"]);
            return View("ConfirmCopy", new CopyViewModel(category, form) { Target = target });
        }
        var schema = source.Schema;
        var outcome = await editor.EditAsync(target.CallId, revision, User.ToAuthor(), "form.copy", call =>
        {
            var node = call.Categories.Single(c => c.Id == target.Id);
            node.ReviseForm(schema, time.GetUtcNow());
            return $"从 {category.Code} 复制申报表“{schema.Title}”到 {node.Code}";
        }, null, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Notice"] = l["已将申报表复制到 {0} {1}", target.Code, target.Name].Value;
            return LocalRedirect(BuilderUrl(target.Id));
        }
        var fresh = (await editor.LoadAsync(target.CallId, cancellationToken))?.Categories.SingleOrDefault(c => c.Id == target.Id);
        if (fresh is null)
        {
            return NotFound();
        }
        form.Revision = fresh.Call.Revision;
        if (outcome.Status != CallEditStatus.Conflict)
        {
            ModelState.AddModelError("", outcome.Error is { } error ? DomainMessages.Describe(error, l) : l["保存失败"]);
        }
        var sourceNow = await FindAsync(id, cancellationToken) ?? category;
        return View("ConfirmCopy", new CopyViewModel(sourceNow, form) { Target = fresh, Missed = outcome.Missed });
    }

    private async Task<GrantCategory?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var callId = await editor.CallOfCategoryAsync(id, cancellationToken);
        if (callId is null)
        {
            return null;
        }
        var call = await editor.LoadAsync(callId.Value, cancellationToken);
        return call?.Categories.SingleOrDefault(c => c.Id == id);
    }

    private async Task<IReadOnlyList<CategoryChoice>> TargetsAsync(Guid except, CancellationToken cancellationToken) =>
        await db.Categories.AsNoTracking()
            .Where(c => c.Id != except && c.Call.Status == CallStatus.Draft)
            .OrderByDescending(c => c.Call.Year).ThenBy(c => c.Call.Title).ThenBy(c => c.Code)
            .Select(c => new CategoryChoice(c.Id, c.Code, c.Name, c.CallId, c.Call.Year, c.Call.Title, c.Forms.Any()))
            .ToListAsync(cancellationToken);

    private async Task<IActionResult> BuilderViewAsync(
        GrantCategory category, string? error, IReadOnlyList<CallAuditEntry> missed, CancellationToken cancellationToken, HeaderForm? header = null, string? sectionTitle = null)
    {
        IReadOnlyList<CategoryChoice> sources = [];
        if (category.CurrentForm is null)
        {
            sources = await db.Categories.AsNoTracking()
                .Where(c => c.Forms.Any() && c.Id != category.Id)
                .OrderByDescending(c => c.Call.Year).ThenBy(c => c.Call.Title).ThenBy(c => c.Code)
                .Select(c => new CategoryChoice(c.Id, c.Code, c.Name, c.CallId, c.Call.Year, c.Call.Title, true))
                .ToListAsync(cancellationToken);
        }
        return View("Builder", new FormBuilderViewModel(category) { Sources = sources, Error = error, Missed = missed, TypedHeader = header, TypedSectionTitle = sectionTitle });
    }

    private ViewResult FieldView(GrantCategory category, FieldForm form, IReadOnlyList<CallAuditEntry> missed) =>
        View("Field", new FieldEditorViewModel(category, form) { Missed = missed });

    /// <summary>Saves an edit of the form from the builder page: back to the builder with a notice, or the builder with the reason.</summary>
    private async Task<IActionResult> ReviseAsync(
        GrantCategory category, int revision, string action, Func<FormSchema, FormSchema> edit, string summary, CancellationToken cancellationToken,
        HeaderForm? header = null, string? sectionTitle = null)
    {
        var outcome = await EditFormAsync(category, revision, action, edit, summary, cancellationToken);
        if (outcome.Succeeded)
        {
            return LocalRedirect(BuilderUrl(category.Id));
        }
        var fresh = await FindAsync(category.Id, cancellationToken);
        if (fresh is null)
        {
            return NotFound();
        }
        return outcome.Status == CallEditStatus.Conflict
            ? await BuilderViewAsync(fresh, null, outcome.Missed, cancellationToken, header, sectionTitle)
            : await BuilderViewAsync(fresh, outcome.Error is { } error ? DomainMessages.Describe(error, l) : l["保存失败"], [], cancellationToken, header, sectionTitle);
    }

    /// <summary>
    /// Applies <paramref name="edit"/> to the category's current schema through the call editor. A published call's form
    /// becomes a new version (the notice says so); an edit that changes nothing saves nothing.
    /// </summary>
    private async Task<CallEditOutcome> EditFormAsync(GrantCategory category, int revision, string action, Func<FormSchema, FormSchema> edit, string summary, CancellationToken cancellationToken)
    {
        var versionBefore = category.CurrentForm?.Version ?? 0;
        var outcome = await editor.EditAsync(category.CallId, revision, User.ToAuthor(), action, call =>
        {
            var node = call.Categories.Single(c => c.Id == category.Id);
            var current = node.CurrentForm?.Schema;
            var schema = edit(current ?? new FormSchema());
            if (current is null || !SameSchema(current, schema))
            {
                node.ReviseForm(schema, time.GetUtcNow());
            }
            return summary;
        }, null, cancellationToken);
        if (outcome.Status == CallEditStatus.Saved && outcome.Call is { } saved)
        {
            var version = saved.Categories.Single(c => c.Id == category.Id).CurrentForm?.Version ?? 0;
            TempData["Notice"] = versionBefore > 0 && version > versionBefore
                ? l["已另存为第 {0} 版；已开始填写的申报保留原来的版本", version].Value
                : l["申报表已保存"].Value;
        }
        return outcome;
    }

    private static bool SameSchema(FormSchema a, FormSchema b) => JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);
}
