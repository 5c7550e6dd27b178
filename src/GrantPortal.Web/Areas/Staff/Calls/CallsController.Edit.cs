using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Web.Display;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GrantPortal.Web.Areas.Staff.Calls;

/// <summary>基本信息 and 时间安排: the call's own fields, saved from the revision the page was loaded at.</summary>
public sealed partial class CallsController
{
    [HttpGet("/{tenant}/staff/calls/{id:guid}/details")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var call = await FindAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        var form = new CallDetailsForm
        {
            Revision = call.Revision, Year = call.Year, Title = call.Title, DocumentNumber = call.DocumentNumber,
            IssuedBy = call.IssuedBy, IssuedOn = call.IssuedOn, NoticeText = call.NoticeText,
        };
        return View(new EditPage<CallDetailsForm>(call, form, []));
    }

    [HttpPost("/{tenant}/staff/calls/{id:guid}/details")]
    public async Task<IActionResult> Details(Guid id, CallDetailsForm form, CancellationToken cancellationToken)
    {
        var call = await FindAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        if (!call.IsEditable)
        {
            // Year and title are shown disabled: the browser does not send them.
            form.Year = call.Year;
            form.Title = call.Title;
            ModelState.Remove(nameof(form.Year));
            ModelState.Remove(nameof(form.Title));
        }
        if (!ModelState.IsValid)
        {
            return View(new EditPage<CallDetailsForm>(call, form, []));
        }
        var outcome = await editor.EditAsync(id, form.Revision, User.ToAuthor(), "call.details", c =>
        {
            if (c.IsEditable && (c.Year != form.Year || c.Title != form.Title!.Trim()))
            {
                c.Rename(form.Year!.Value, form.Title);
            }
            c.DescribeNotice(Blank(form.DocumentNumber), Blank(form.IssuedBy), form.IssuedOn, form.NoticeText ?? "");
            return "修改基本信息";
        }, null, cancellationToken);
        return Saved(outcome) is { } saved ? saved : View(Refused(outcome, call, form, nameof(form.Title)));
    }

    [HttpGet("/{tenant}/staff/calls/{id:guid}/schedule")]
    public async Task<IActionResult> Schedule(Guid id, CancellationToken cancellationToken)
    {
        var call = await FindAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        var form = new ScheduleForm
        {
            Revision = call.Revision,
            OpensAt = call.OpensAt is { } opens ? BeijingTime.ToBeijing(opens).DateTime : null,
            Deadline = SubmissionDeadlineInput.From(call.SubmissionDeadline, call.SubmissionDeadlineIsEndOfDay),
            Completion = DeadlineRuleInput.From(call.CompletionDeadline),
            Acceptance = DeadlineRuleInput.From(call.AcceptanceDeadline),
            ProjectPeriodMonths = call.ProjectPeriodMonths,
        };
        return View(new EditPage<ScheduleForm>(call, form, []));
    }

    [HttpPost("/{tenant}/staff/calls/{id:guid}/schedule")]
    public async Task<IActionResult> Schedule(Guid id, ScheduleForm form, CancellationToken cancellationToken)
    {
        var call = await FindAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View(new EditPage<ScheduleForm>(call, form, []));
        }
        var deadline = form.Deadline.ToInstant();
        var outcome = await editor.EditAsync(id, form.Revision, User.ToAuthor(), "call.schedule", c =>
        {
            c.Schedule(
                form.OpensAt is { } opens ? SubmissionDeadlineInput.FromBeijing(opens) : null,
                deadline?.Instant, deadline?.EndOfDay ?? false,
                form.Completion.ToRule(), form.Acceptance.ToRule(), form.ProjectPeriodMonths);
            return "修改时间安排";
        }, null, cancellationToken);
        return Saved(outcome) is { } saved ? saved : View(Refused(outcome, call, form, null));
    }

    /// <summary>A saved (or unchanged) edit: the notice, and back to the overview; null when it was not saved.</summary>
    private LocalRedirectResult? Saved(CallEditOutcome outcome)
    {
        if (!outcome.Succeeded)
        {
            return null;
        }
        TempData["Notice"] = outcome.Status == CallEditStatus.Saved
            ? l["已保存（第 {0} 版）", outcome.Call!.Revision].Value
            : l["没有修改，未保存"].Value;
        return LocalRedirect(CallUrl(outcome.Call!.Id));
    }

    /// <summary>
    /// The page again, with what was typed: after a conflict with the changes missed (and the current revision, so that
    /// saving again, once the user has looked at them, is a deliberate choice), after a refusal with the rule's message.
    /// </summary>
    private EditPage<TForm> Refused<TForm>(CallEditOutcome outcome, GrantCall call, TForm form, string? duplicateTitleField)
    {
        if (outcome.Status == CallEditStatus.Conflict && outcome.Call is { } current)
        {
            Rebase(form, current.Revision);
        }
        if (outcome.Status == CallEditStatus.Refused && outcome.Error is { } error)
        {
            ModelState.AddModelError(error.Code == "call.duplicate_title" && duplicateTitleField is not null ? duplicateTitleField : "", DomainMessages.Describe(error, l));
        }
        // A refused change was applied to the loaded call before the save failed: show the call as saved.
        return new EditPage<TForm>(outcome.Status == CallEditStatus.Conflict && outcome.Call is { } latest ? latest : call, form, outcome.Missed);
    }

    private static void Rebase(object? form, int revision)
    {
        switch (form)
        {
            case CallDetailsForm details: details.Revision = revision; break;
            case ScheduleForm schedule: schedule.Revision = revision; break;
            case ReasonForm reason: reason.Revision = revision; break;
            default: break;
        }
    }
}
