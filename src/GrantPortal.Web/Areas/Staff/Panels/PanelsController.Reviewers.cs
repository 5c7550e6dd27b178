using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Reviews;
using GrantPortal.Web.Areas.Staff.Experts;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Web.Areas.Staff.Panels;

public sealed partial class PanelsController
{
    private string ReviewersUrl(Guid applicationId) => $"/{tenant.Association!.Identifier}/staff/applications/{applicationId}/reviewers";

    /// <summary>One application's reviewers: its assignments, the applicant's avoidance requests, and the pool with conflicts.</summary>
    [HttpGet("/{tenant}/staff/applications/{id:guid}/reviewers")]
    public async Task<IActionResult> Reviewers(Guid id, CancellationToken cancellationToken)
    {
        var page = await ReviewersPageAsync(id, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    /// <summary>Assigns an expert by hand; refused, with the reason, when they are conflicted, unavailable or already on it.</summary>
    [HttpPost("/{tenant}/staff/applications/{id:guid}/reviewers")]
    public async Task<IActionResult> Assign(Guid id, Guid expertId, CancellationToken cancellationToken)
    {
        var page = await ReviewersPageAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        if (page.Pool.All(p => p.Expert.Id != expertId))
        {
            return View(nameof(Reviewers), page with { Error = l["请选择专家"] });
        }
        var (refusal, conflicts) = await assignments.AssignAsync(id, expertId, User.UserId(), cancellationToken);
        if (refusal != AssignmentRefusal.None)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            var message = refusal switch
            {
                AssignmentRefusal.NotInReview => l["此申报书不在专家评审阶段，不能分配专家"],
                AssignmentRefusal.Conflicted => l["该专家与此申报书存在利益冲突，不能分配"],
                AssignmentRefusal.AlreadyAssigned => l["该专家已在评审此申报书"],
                _ => l["该专家目前暂停评审"],
            };
            return View(nameof(Reviewers), (await ReviewersPageAsync(id, cancellationToken))! with
            {
                Error = message,
                ErrorDetails = conflicts.Select(c => ExpertText.Conflict(l, c)).ToList(),
            });
        }
        TempData["Notice"] = l["已分配"].Value;
        return LocalRedirect(ReviewersUrl(id));
    }

    /// <summary>Takes an unscored assignment away (the place opens again).</summary>
    [HttpPost("/{tenant}/staff/applications/{id:guid}/reviewers/withdraw")]
    public async Task<IActionResult> Withdraw(Guid id, Guid assignmentId, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().AnyAsync(a => a.Id == id, cancellationToken);
        var assignment = application ? await db.ReviewAssignments.SingleOrDefaultAsync(a => a.Id == assignmentId && a.ApplicationId == id, cancellationToken) : null;
        if (assignment is null)
        {
            return NotFound();
        }
        TempData["Notice"] = await assignments.WithdrawAsync(assignment, cancellationToken)
            ? l["已撤销该评审任务"].Value
            : l["该评审任务已评分、回避或撤销，不能撤销"].Value;
        return LocalRedirect(ReviewersUrl(id));
    }

    private async Task<ReviewersPage?> ReviewersPageAsync(Guid id, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return null;
        }
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == application.OrganizationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var callTitle = await db.Calls.AsNoTracking().Where(c => c.Id == application.CallId).Select(c => c.Title).SingleAsync(cancellationToken);
        var panel = await db.ReviewPanels.AsNoTracking().SingleOrDefaultAsync(p => p.CategoryId == application.CategoryId, cancellationToken);
        var experts = await db.Experts.AsNoTracking().OrderBy(e => e.Type).ThenBy(e => e.Name).ToListAsync(cancellationToken);
        var inCall = await db.ReviewAssignments.AsNoTracking().Where(a => a.CallId == application.CallId).ToListAsync(cancellationToken);
        var held = inCall.Where(a => a.ApplicationId == id).OrderBy(a => a.AssignedAt)
            .Select(a => (a, experts.Single(e => e.Id == a.ExpertId))).ToList();
        var subject = (await reviewed.FindAsync(id, cancellationToken))!;
        var pool = experts.Select(e =>
        {
            var conflicts = Conflicts.Between(e, subject).ToList();
            if (held.FirstOrDefault(h => h.a.ExpertId == e.Id && h.a.Status == ReviewAssignmentStatus.Recused).a is { } recused)
            {
                conflicts.Add(new ConflictOfInterest(ConflictKind.Recused, recused.RecusalReason ?? ""));
            }
            return (e, (IReadOnlyList<ConflictOfInterest>)conflicts, inCall.Count(a => a.ExpertId == e.Id && a.IsActive));
        }).ToList();
        return new ReviewersPage(application, organization, callTitle, panel, held, pool);
    }
}
