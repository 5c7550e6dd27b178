using GrantPortal.Domain.Calls;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Display;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Eligibility;

/// <summary>申报主体与条件 of a node (own or inherited) and of the call (the default every node inherits).</summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class EligibilityController(CallEditor editor, PortalDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : Controller
{
    private string Tenant => tenant.Association!.Identifier;

    [HttpGet("/{tenant}/staff/categories/{id:guid}/eligibility")]
    public async Task<IActionResult> Node(Guid id, CancellationToken cancellationToken)
    {
        var node = await LoadNodeAsync(id, cancellationToken);
        return node is null ? NotFound() : View("Edit", new EligibilityPage(Tenant, node.Call, node, EligibilityForm.From(node.Eligibility, node.Call.Revision), []));
    }

    [HttpPost("/{tenant}/staff/categories/{id:guid}/eligibility")]
    public async Task<IActionResult> Node(Guid id, EligibilityForm form, CancellationToken cancellationToken)
    {
        var node = await LoadNodeAsync(id, cancellationToken);
        if (node is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View("Edit", new EligibilityPage(Tenant, node.Call, node, form.WithBlankRows(), []));
        }
        var callId = node.CallId;
        var outcome = await editor.EditAsync(callId, form.Revision, User.ToAuthor(), "category.eligibility", call =>
        {
            var edited = call.Categories.Single(c => c.Id == id);
            edited.SetRules(form.ToEligibility(mayInherit: true), edited.SpendingRules, edited.Contact, edited.CompletionDeadline, edited.AcceptanceDeadline, edited.AcceptanceMaterials);
            return $"修改类别 {edited.Code} 的申报条件";
        }, cancellationToken: cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Notice"] = (outcome.Status == CallEditStatus.Saved ? l["已保存"] : l["没有修改"]).Value;
            return LocalRedirect($"/{Tenant}/staff/categories/{id}/eligibility");
        }
        var missed = Failed(outcome, form);
        db.ChangeTracker.Clear();
        node = (await LoadNodeAsync(id, cancellationToken))!;
        return View("Edit", new EligibilityPage(Tenant, node.Call, node, form.WithBlankRows(), missed));
    }

    [HttpGet("/{tenant}/staff/calls/{id:guid}/eligibility")]
    public async Task<IActionResult> Call(Guid id, CancellationToken cancellationToken)
    {
        var call = await editor.LoadAsync(id, cancellationToken);
        return call is null ? NotFound() : View("Edit", new EligibilityPage(Tenant, call, null, EligibilityForm.From(call.Eligibility, call.Revision), []));
    }

    [HttpPost("/{tenant}/staff/calls/{id:guid}/eligibility")]
    public async Task<IActionResult> Call(Guid id, EligibilityForm form, CancellationToken cancellationToken)
    {
        var call = await editor.LoadAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View("Edit", new EligibilityPage(Tenant, call, null, form.WithBlankRows(), []));
        }
        var outcome = await editor.EditAsync(id, form.Revision, User.ToAuthor(), "call.eligibility", c =>
        {
            c.SetRules(c.ApplicationLimitPerOrganization, c.Submission, c.Disbursement, c.Review, form.ToEligibility(mayInherit: false)!,
                c.SpendingRules, c.Debarments, c.Contacts, c.Notes);
            return "修改通知的默认申报条件";
        }, cancellationToken: cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Notice"] = (outcome.Status == CallEditStatus.Saved ? l["已保存"] : l["没有修改"]).Value;
            return LocalRedirect($"/{Tenant}/staff/calls/{id}/eligibility");
        }
        var missed = Failed(outcome, form);
        db.ChangeTracker.Clear();
        call = (await editor.LoadAsync(id, cancellationToken))!;
        return View("Edit", new EligibilityPage(Tenant, call, null, form.WithBlankRows(), missed));
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

    private IReadOnlyList<CallAuditEntry> Failed(CallEditOutcome outcome, EligibilityForm form)
    {
        if (outcome.Status == CallEditStatus.Refused && outcome.Error is { } error)
        {
            ModelState.AddModelError("", DomainMessages.Describe(error, l));
            return [];
        }
        if (outcome.Status == CallEditStatus.Conflict)
        {
            form.Revision = outcome.Missed.Count > 0 ? outcome.Missed.Max(e => e.Revision) : form.Revision;
            return outcome.Missed;
        }
        return [];
    }
}
