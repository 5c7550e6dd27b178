using GrantPortal.Infrastructure.Calls;
using GrantPortal.Web.Display;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GrantPortal.Web.Areas.Staff.Calls;

/// <summary>发布, 提前截止 and 重新开放: each confirmed on its own page; closing and reopening record a reason.</summary>
public sealed partial class CallsController
{
    [HttpGet("/{tenant}/staff/calls/{id:guid}/publish")]
    public async Task<IActionResult> Publish(Guid id, CancellationToken cancellationToken)
    {
        var call = await editor.LoadAsync(id, cancellationToken);
        return call is null ? NotFound() : View(new PublishPage(call, PublishProblems(call), null, []));
    }

    [HttpPost("/{tenant}/staff/calls/{id:guid}/publish")]
    public async Task<IActionResult> Publish(Guid id, int revision, CancellationToken cancellationToken)
    {
        var call = await FindAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        var outcome = await editor.EditAsync(id, revision, User.ToAuthor(), "call.publish", c =>
        {
            c.Publish(time.GetUtcNow());
            return "发布通知";
        }, null, cancellationToken);
        if (outcome.Status == CallEditStatus.Saved)
        {
            TempData["Notice"] = l["通知已发布"].Value;
            return LocalRedirect(CallUrl(id));
        }
        var current = await editor.LoadAsync(id, cancellationToken);
        var error = outcome.Error is { } e ? DomainMessages.Describe(e, l) : null;
        return View(new PublishPage(current!, PublishProblems(current!), error, outcome.Missed));
    }

    [HttpGet("/{tenant}/staff/calls/{id:guid}/close")]
    public async Task<IActionResult> Close(Guid id, CancellationToken cancellationToken)
    {
        var call = await FindAsync(id, cancellationToken);
        return call is null ? NotFound() : View(new EditPage<ReasonForm>(call, new ReasonForm { Revision = call.Revision }, []));
    }

    [HttpPost("/{tenant}/staff/calls/{id:guid}/close")]
    public async Task<IActionResult> Close(Guid id, ReasonForm form, CancellationToken cancellationToken)
    {
        var call = await FindAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View(new EditPage<ReasonForm>(call, form, []));
        }
        var outcome = await editor.EditAsync(id, form.Revision, User.ToAuthor(), "call.close", c =>
        {
            c.CloseEarly(time.GetUtcNow(), form.Reason);
            return "提前截止";
        }, form.Reason, cancellationToken);
        return Saved(outcome) is { } saved ? saved : View(Refused(outcome, call, form, null));
    }

    [HttpGet("/{tenant}/staff/calls/{id:guid}/reopen")]
    public async Task<IActionResult> Reopen(Guid id, CancellationToken cancellationToken)
    {
        var call = await FindAsync(id, cancellationToken);
        return call is null ? NotFound() : View(new EditPage<ReasonForm>(call, new ReasonForm { Revision = call.Revision }, []));
    }

    [HttpPost("/{tenant}/staff/calls/{id:guid}/reopen")]
    public async Task<IActionResult> Reopen(Guid id, ReasonForm form, CancellationToken cancellationToken)
    {
        var call = await FindAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        var now = time.GetUtcNow();
        var deadline = form.Deadline.ToInstant();
        if (deadline is null && call.SubmissionDeadline <= now)
        {
            ModelState.AddModelError("Deadline.Kind", l["申报截止时间已过：重新开放需要设定新的截止时间"]);
        }
        if (deadline is { } d && d.Instant <= now)
        {
            ModelState.AddModelError(d.EndOfDay ? "Deadline.Day" : "Deadline.At", l["新的申报截止时间必须晚于当前时间"]);
        }
        if (!ModelState.IsValid)
        {
            return View(new EditPage<ReasonForm>(call, form, []));
        }
        var outcome = await editor.EditAsync(id, form.Revision, User.ToAuthor(), "call.reopen", c =>
        {
            c.Reopen(now, form.Reason, deadline?.Instant, deadline?.EndOfDay ?? false);
            return "重新开放";
        }, form.Reason, cancellationToken);
        return Saved(outcome) is { } saved ? saved : View(Refused(outcome, call, form, null));
    }
}
