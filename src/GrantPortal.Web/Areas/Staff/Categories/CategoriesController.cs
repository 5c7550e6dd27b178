using GrantPortal.Domain.Calls;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Display;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Categories;

/// <summary>
/// The category tree editor: the tree of a call with its running totals, adding, editing, moving and removing nodes,
/// and each node's funding and rules. Every change goes through <see cref="CallEditor"/> (revision check, audit entry).
/// </summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class CategoriesController(CallEditor editor, PortalDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : Controller
{
    private string Tenant => tenant.Association!.Identifier;

    [HttpGet("/{tenant}/staff/calls/{id:guid}/tree")]
    public async Task<IActionResult> Tree(Guid id, CancellationToken cancellationToken)
    {
        var call = await editor.LoadAsync(id, cancellationToken);
        return call is null ? NotFound() : View(TreePage.Of(Tenant, call));
    }

    [HttpGet("/{tenant}/staff/calls/{id:guid}/categories/new")]
    public async Task<IActionResult> New(Guid id, Guid? parent, CancellationToken cancellationToken)
    {
        var call = await editor.LoadAsync(id, cancellationToken);
        if (call is null || !TryFindParent(call, parent, out var parentNode))
        {
            return NotFound();
        }
        return View(new NewCategoryPage(Tenant, call, parentNode, new NewCategoryForm { Revision = call.Revision, Parent = parent }, []));
    }

    [HttpPost("/{tenant}/staff/calls/{id:guid}/categories/new")]
    public async Task<IActionResult> New(Guid id, NewCategoryForm form, CancellationToken cancellationToken)
    {
        var call = await editor.LoadAsync(id, cancellationToken);
        if (call is null || !TryFindParent(call, form.Parent, out var parentNode))
        {
            return NotFound();
        }
        if (call.AllCategories.Any(c => c.Code == form.Code.Trim()))
        {
            ModelState.AddModelError(nameof(form.Code), l["本通知已有编号为 {0} 的类别", form.Code.Trim()]);
        }
        if (!ModelState.IsValid)
        {
            return View(new NewCategoryPage(Tenant, call, parentNode, form, []));
        }
        Guid? newId = null;
        var outcome = await editor.EditAsync(id, form.Revision, User.ToAuthor(), "category.add", c =>
        {
            var parent = form.Parent is { } p ? c.Categories.Single(n => n.Id == p) : null;
            var node = c.AddCategory(parent, form.Code, form.Name);
            newId = node.Id;
            return parent is null ? $"添加顶级类别 {node.Code} {node.Name}" : $"在 {parent.Code} 下添加类别 {node.Code} {node.Name}";
        }, cancellationToken: cancellationToken);
        if (outcome.Succeeded && newId is { } created)
        {
            TempData["Notice"] = l["已添加类别 {0}", form.Code.Trim()].Value;
            return LocalRedirect($"/{Tenant}/staff/categories/{created}");
        }
        var missed = Failed(outcome, form);
        db.ChangeTracker.Clear();
        call = (await editor.LoadAsync(id, cancellationToken))!;
        form.Revision = call.Revision;
        TryFindParent(call, form.Parent, out parentNode);
        return View(new NewCategoryPage(Tenant, call, parentNode, form, missed));
    }

    [HttpGet("/{tenant}/staff/categories/{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var node = await LoadNodeAsync(id, cancellationToken);
        return node is null ? NotFound() : View(new CategoryPage(Tenant, node, CategoryForm.From(node, node.Call.Revision), []));
    }

    [HttpPost("/{tenant}/staff/categories/{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CategoryForm form, CancellationToken cancellationToken)
    {
        var node = await LoadNodeAsync(id, cancellationToken);
        if (node is null)
        {
            return NotFound();
        }
        if (node.Call.AllCategories.Any(c => c != node && c.Code == form.Code.Trim()))
        {
            ModelState.AddModelError(nameof(form.Code), l["本通知已有编号为 {0} 的类别", form.Code.Trim()]);
        }
        if (!ModelState.IsValid)
        {
            return View(new CategoryPage(Tenant, node, form.WithBlankRows(), []));
        }
        var callId = node.CallId;
        var outcome = await editor.EditAsync(callId, form.Revision, User.ToAuthor(), "category.edit", call =>
        {
            var edited = call.Categories.Single(c => c.Id == id);
            edited.Rename(form.Code, form.Name);
            edited.Describe(TextLines.Blank(form.Description), TextLines.Blank(form.Requirements), TextLines.Split(form.Indicators), TextLines.Split(form.Notes));
            edited.SetFunding(form.BudgetCap, form.ToQuota(), form.ToAmountRule(), form.ChildrenCombinable);
            return $"修改类别 {edited.Code} {edited.Name}";
        }, cancellationToken: cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Notice"] = (outcome.Status == CallEditStatus.Saved ? l["已保存"] : l["没有修改"]).Value;
            return LocalRedirect($"/{Tenant}/staff/categories/{id}");
        }
        var missed = Failed(outcome, form);
        node = (await ReloadNodeAsync(id, cancellationToken))!;
        return View(new CategoryPage(Tenant, node, form.WithBlankRows(), missed));
    }

    [HttpGet("/{tenant}/staff/categories/{id:guid}/rules")]
    public async Task<IActionResult> Rules(Guid id, CancellationToken cancellationToken)
    {
        var node = await LoadNodeAsync(id, cancellationToken);
        return node is null ? NotFound() : View(new RulesPage(Tenant, node, RulesForm.From(node, node.Call.Revision), []));
    }

    [HttpPost("/{tenant}/staff/categories/{id:guid}/rules")]
    public async Task<IActionResult> Rules(Guid id, RulesForm form, CancellationToken cancellationToken)
    {
        var node = await LoadNodeAsync(id, cancellationToken);
        if (node is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View(new RulesPage(Tenant, node, form.WithBlankRows(), []));
        }
        var callId = node.CallId;
        var published = !node.Call.IsEditable;
        var outcome = await editor.EditAsync(callId, form.Revision, User.ToAuthor(), published ? "category.contact" : "category.rules", call =>
        {
            var edited = call.Categories.Single(c => c.Id == id);
            if (published)
            {
                // A published call keeps its rules; only who answers questions may change.
                edited.SetContact(form.ToContact());
                return $"修改类别 {edited.Code} 的联系人";
            }
            edited.SetRules(edited.Eligibility, form.ToSpendingRules(), form.ToContact(), form.Completion.ToRule(), form.Acceptance.ToRule(), form.ToMaterials());
            return $"修改类别 {edited.Code} 的经费规定、联系人、时限和验收材料";
        }, cancellationToken: cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Notice"] = (outcome.Status == CallEditStatus.Saved ? l["已保存"] : l["没有修改"]).Value;
            return LocalRedirect($"/{Tenant}/staff/categories/{id}/rules");
        }
        var missed = Failed(outcome, form);
        node = (await ReloadNodeAsync(id, cancellationToken))!;
        return View(new RulesPage(Tenant, node, form.WithBlankRows(), missed));
    }

    [HttpPost("/{tenant}/staff/categories/{id:guid}/move")]
    public async Task<IActionResult> Move(Guid id, MoveForm form, CancellationToken cancellationToken)
    {
        var node = await LoadNodeAsync(id, cancellationToken);
        if (node is null)
        {
            return NotFound();
        }
        var callId = node.CallId;
        if (form.ParentId is { } target && node.Call.Categories.All(c => c.Id != target))
        {
            return NotFound();
        }
        var outcome = await editor.EditAsync(callId, form.Revision, User.ToAuthor(), "category.move", call =>
        {
            var moved = call.Categories.Single(c => c.Id == id);
            var siblings = (moved.Parent?.Children ?? call.RootCategories.ToList()).OrderBy(c => c.SortOrder).ToList();
            var index = siblings.IndexOf(moved);
            switch (form.Direction)
            {
                case "up":
                    call.MoveCategory(moved, moved.Parent, index - 1);
                    return $"上移类别 {moved.Code}";
                case "down":
                    call.MoveCategory(moved, moved.Parent, index + 1);
                    return $"下移类别 {moved.Code}";
                default:
                    var parent = form.ParentId is { } p ? call.Categories.Single(c => c.Id == p) : null;
                    call.MoveCategory(moved, parent, form.Position is { } position ? position - 1 : int.MaxValue);
                    return parent is null ? $"将类别 {moved.Code} 移到顶级" : $"将类别 {moved.Code} 移到 {parent.Code} 之下";
            }
        }, cancellationToken: cancellationToken);
        Report(outcome);
        return LocalRedirect($"/{Tenant}/staff/calls/{callId}/tree#node-{id}");
    }

    [HttpGet("/{tenant}/staff/categories/{id:guid}/remove")]
    public async Task<IActionResult> ConfirmRemove(Guid id, CancellationToken cancellationToken)
    {
        var node = await LoadNodeAsync(id, cancellationToken);
        return node is null ? NotFound() : View(new RemovePage(Tenant, node, []));
    }

    [HttpPost("/{tenant}/staff/categories/{id:guid}/remove")]
    public async Task<IActionResult> Remove(Guid id, int revision, CancellationToken cancellationToken)
    {
        var node = await LoadNodeAsync(id, cancellationToken);
        if (node is null)
        {
            return NotFound();
        }
        var callId = node.CallId;
        var outcome = await editor.EditAsync(callId, revision, User.ToAuthor(), "category.remove", call =>
        {
            var removed = call.RemoveCategory(call.Categories.Single(c => c.Id == id));
            return $"删除类别 {removed[0].Code} {removed[0].Name}" + (removed.Count > 1 ? $"（连同 {removed.Count - 1} 个下级类别）" : "");
        }, cancellationToken: cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Notice"] = l["已删除类别 {0}", node.Code].Value;
            return LocalRedirect($"/{Tenant}/staff/calls/{callId}/tree");
        }
        var missed = Failed(outcome, null);
        node = await ReloadNodeAsync(id, cancellationToken);
        return node is null ? LocalRedirect($"/{Tenant}/staff/calls/{callId}/tree") : View("ConfirmRemove", new RemovePage(Tenant, node, missed));
    }

    private async Task<GrantCategory?> LoadNodeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await editor.CallOfCategoryAsync(id, cancellationToken) is not { } callId)
        {
            return null;
        }
        var call = await editor.LoadAsync(callId, cancellationToken);
        return call?.Categories.SingleOrDefault(c => c.Id == id);
    }

    /// <summary>The node as saved, after a refused or conflicting edit left changed entities behind.</summary>
    private Task<GrantCategory?> ReloadNodeAsync(Guid id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return LoadNodeAsync(id, cancellationToken);
    }

    private static bool TryFindParent(GrantCall call, Guid? parentId, out GrantCategory? parent)
    {
        parent = parentId is { } id ? call.Categories.SingleOrDefault(c => c.Id == id) : null;
        return parentId is null || parent is not null;
    }

    /// <summary>Puts a refusal into the form's errors; on a conflict moves the form to the current revision and returns the missed changes.</summary>
    private IReadOnlyList<CallAuditEntry> Failed(CallEditOutcome outcome, object? form)
    {
        if (outcome.Status == CallEditStatus.Refused && outcome.Error is { } error)
        {
            ModelState.AddModelError("", DomainMessages.Describe(error, l));
            return [];
        }
        if (outcome.Status == CallEditStatus.Conflict)
        {
            // The user has now seen what changed: a second save starts from the current revision.
            var current = outcome.Missed.Count > 0 ? outcome.Missed.Max(e => e.Revision) : outcome.Call?.Revision ?? 0;
            switch (form)
            {
                case CategoryForm f: f.Revision = current; break;
                case RulesForm f: f.Revision = current; break;
                case NewCategoryForm f: f.Revision = current; break;
                default: break;
            }
            return outcome.Missed;
        }
        return [];
    }

    /// <summary>The outcome of an action posted from the tree page, as a notice or an error on the next page.</summary>
    private void Report(CallEditOutcome outcome)
    {
        switch (outcome.Status)
        {
            case CallEditStatus.Saved:
                TempData["Notice"] = l["已保存"].Value;
                break;
            case CallEditStatus.Refused when outcome.Error is { } error:
                TempData["Error"] = DomainMessages.Describe(error, l);
                break;
            case CallEditStatus.Conflict:
                TempData["Error"] = l["保存未成功：在您编辑期间，其他人修改了此通知"].Value + l["；"].Value + l["页面已更新为最新内容，请重新操作"].Value;
                break;
            default:
                break;
        }
    }
}
