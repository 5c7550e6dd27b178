using GrantPortal.Domain.Calls;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Display;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Rules;

/// <summary>
/// A call's own rules (application limit, submission, disbursement, review, spending, debarments, notes) and its
/// contacts. Every save goes through <see cref="CallEditor"/>: from the revision the editor started, audited, checked.
/// </summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class RulesController(PortalDbContext db, CallEditor editor, TenantContext tenant, IStringLocalizer<SharedResource> l) : Controller
{
    /// <summary>Blank rows shown under the filled ones, to add without script.</summary>
    private const int BlankRows = 2;

    private string Tenant => tenant.Association!.Identifier;

    [HttpGet("/{tenant}/staff/calls/{id:guid}/rules")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var call = await FindAsync(id, cancellationToken);
        return call is null ? NotFound() : RulesView(CallHeader.Of(call), RulesForm.Of(call), []);
    }

    [HttpPost("/{tenant}/staff/calls/{id:guid}/rules")]
    public async Task<IActionResult> Edit(Guid id, RulesForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var call = await FindAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return RulesView(CallHeader.Of(call) with { Revision = form.Revision }, form, []);
        }
        var outcome = await editor.EditAsync(id, form.Revision, User.ToAuthor(), "call.rules", c =>
        {
            form.ApplyTo(c);
            return "修改申报规则";
        }, cancellationToken: cancellationToken);
        switch (outcome.Status)
        {
            case CallEditStatus.NotFound:
                return NotFound();
            case CallEditStatus.Conflict:
                // The form keeps what was typed; it now starts from the latest revision, after the editor has seen what changed.
                form.Revision = outcome.Call!.Revision;
                return RulesView(CallHeader.Of(outcome.Call), form, outcome.Missed);
            case CallEditStatus.Refused:
                ModelState.AddModelError("", DomainMessages.Describe(outcome.Error!, l));
                // A published call shows its rules as they stand, read-only; a draft keeps what was typed.
                return call.IsEditable
                    ? RulesView(CallHeader.Of(call) with { Revision = form.Revision }, form, [])
                    : RulesView(CallHeader.Of(call), RulesForm.Of(call), []);
            default:
                TempData["Notice"] = outcome.Status == CallEditStatus.Saved ? l["申报规则已保存"].Value : l["没有修改，未保存"].Value;
                return LocalRedirect($"/{Tenant}/staff/calls/{id}/rules");
        }
    }

    [HttpGet("/{tenant}/staff/calls/{id:guid}/contacts")]
    public async Task<IActionResult> Contacts(Guid id, CancellationToken cancellationToken)
    {
        var call = await FindAsync(id, cancellationToken);
        return call is null ? NotFound() : ContactsView(CallHeader.Of(call), ContactsForm.Of(call), []);
    }

    [HttpPost("/{tenant}/staff/calls/{id:guid}/contacts")]
    public async Task<IActionResult> Contacts(Guid id, ContactsForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var call = await FindAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return ContactsView(CallHeader.Of(call) with { Revision = form.Revision }, form, []);
        }
        var contacts = form.ToContacts();
        var outcome = await editor.EditAsync(id, form.Revision, User.ToAuthor(), "call.contacts", c =>
        {
            c.SetContacts(contacts);
            return "修改联系人";
        }, cancellationToken: cancellationToken);
        switch (outcome.Status)
        {
            case CallEditStatus.NotFound:
                return NotFound();
            case CallEditStatus.Conflict:
                form.Revision = outcome.Call!.Revision;
                return ContactsView(CallHeader.Of(outcome.Call), form, outcome.Missed);
            case CallEditStatus.Refused:
                ModelState.AddModelError("", DomainMessages.Describe(outcome.Error!, l));
                return ContactsView(CallHeader.Of(call) with { Revision = form.Revision }, form, []);
            default:
                TempData["Notice"] = outcome.Status == CallEditStatus.Saved ? l["联系人已保存"].Value : l["没有修改，未保存"].Value;
                return LocalRedirect($"/{Tenant}/staff/calls/{id}/contacts");
        }
    }

    /// <summary>The call's own fields, without its tree; null when it is not this association's.</summary>
    private Task<GrantCall?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    private ViewResult RulesView(CallHeader call, RulesForm form, IReadOnlyList<CallAuditEntry> missed)
    {
        WithBlankRows(form.Tranches, r => r.IsBlank);
        WithBlankRows(form.Debarments, r => r.IsBlank);
        return View("Edit", new RulesViewModel(Tenant, call, form, missed));
    }

    private ViewResult ContactsView(CallHeader call, ContactsForm form, IReadOnlyList<CallAuditEntry> missed)
    {
        WithBlankRows(form.Contacts, r => r.IsBlank);
        return View("Contacts", new ContactsViewModel(Tenant, call, form, missed));
    }

    /// <summary>
    /// Ends the rows with <see cref="BlankRows"/> blank ones. Only trailing blanks are dropped first, so the rows keep the
    /// indexes their errors are filed under.
    /// </summary>
    private static void WithBlankRows<TRow>(List<TRow> rows, Func<TRow, bool> isBlank) where TRow : new()
    {
        while (rows.Count > 0 && isBlank(rows[^1]))
        {
            rows.RemoveAt(rows.Count - 1);
        }
        rows.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new TRow()));
    }
}
