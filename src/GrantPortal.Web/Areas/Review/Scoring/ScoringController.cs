using System.Globalization;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Reviews;
using GrantPortal.Infrastructure.Reviews.Scoring;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Display;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Review.Scoring;

/// <summary>
/// 评分表: the expert scores one of their own assignments. Blind: the page shows the expert's own draft or submitted
/// score and nothing of any other reviewer's. A draft keeps what was typed; the final submission is confirmed and final.
/// </summary>
[Area("Review")]
[Authorize(Roles = "Reviewer")]
public sealed class ScoringController(
    ReviewerAccess access, ScoreSheets sheets, TenantContext tenant, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("/{tenant}/review/assignments/{assignmentId:guid}/score")]
    public async Task<IActionResult> Score(Guid assignmentId, CancellationToken cancellationToken)
    {
        var assignment = await FindAsync(assignmentId, cancellationToken);
        if (assignment is null)
        {
            return NotFound();
        }
        var context = await sheets.ContextAsync(assignment, cancellationToken);
        return View(new ScoreSheetPage(context, ScoreSheetForm.From(context.Draft), time.GetUtcNow()));
    }

    [HttpPost("/{tenant}/review/assignments/{assignmentId:guid}/score")]
    public async Task<IActionResult> Score(Guid assignmentId, ScoreSheetForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var assignment = await FindAsync(assignmentId, cancellationToken);
        if (assignment is null)
        {
            return NotFound();
        }
        var context = await sheets.ContextAsync(assignment, cancellationToken);
        var now = time.GetUtcNow();
        var here = $"/{tenant.Association!.Identifier}/review/assignments/{assignmentId}/score";
        if (context.IsClosed(now))
        {
            TempData["Error"] = context.Score is not null || assignment.Status != ReviewAssignmentStatus.Assigned
                ? l["评分已提交，不能再次提交或修改"].Value
                : l["评审已截止，本评审表不接受逾期评分"].Value;
            return LocalRedirect(here);
        }
        var typed = form.Scores
            .Where(s => context.Form.Content.Criteria.Any(c => c.Key == s.Key))
            .ToDictionary(s => s.Key, s => s.Value ?? "", StringComparer.Ordinal);
        if (!form.IsSubmit)
        {
            await sheets.SaveDraftAsync(assignment, typed, form.Comment, form.Recommendation, form.SuggestedAmount, cancellationToken);
            TempData["Notice"] = l["草稿已保存（{0}），尚未提交", Format.BeijingMinute(now)].Value;
            return LocalRedirect(here);
        }

        var sheet = Read(form, context);
        foreach (var problem in context.Form.Content.Check(sheet, context.AmountRule, context.RequestedAmount))
        {
            // A text that was not a number already has its error.
            if (ModelState.GetFieldValidationState(problem.Field) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            {
                ModelState.AddModelError(problem.Field, Describe(problem, context));
            }
        }
        if (!form.Confirmed)
        {
            ModelState.AddModelError(nameof(form.Confirmed), l["提交前请勾选确认：提交后不能修改"]);
        }
        if (!ModelState.IsValid)
        {
            // Nothing typed is lost: a refused submission is kept as the draft.
            await sheets.SaveDraftAsync(assignment, typed, form.Comment, form.Recommendation, form.SuggestedAmount, cancellationToken);
            return View(new ScoreSheetPage(context, form, now));
        }
        try
        {
            await sheets.SubmitAsync(assignment, context, sheet, cancellationToken);
        }
        catch (DomainException e) when (e.Code is "review.not_open" or "review.locked")
        {
            TempData["Error"] = e.Code == "review.locked" ? l["评审已截止，本评审表不接受逾期评分"].Value : l["评分已提交，不能再次提交或修改"].Value;
            return LocalRedirect(here);
        }
        TempData["Notice"] = l["评分已提交"].Value;
        return LocalRedirect(here);
    }

    /// <summary>The typed texts as numbers; a text that is not one is an error next to its field.</summary>
    private ScoreSheet Read(ScoreSheetForm form, ScoreSheetContext context)
    {
        var scores = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var criterion in context.Form.Content.Criteria)
        {
            if (!form.Scores.TryGetValue(criterion.Key, out var text) || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var points))
            {
                scores[criterion.Key] = points;
            }
            else
            {
                ModelState.AddModelError($"Scores[{criterion.Key}]", l["“{0}”的分数不是有效的数字", criterion.Name]);
            }
        }
        decimal? amount = null;
        if (!string.IsNullOrWhiteSpace(form.SuggestedAmount))
        {
            if (decimal.TryParse(form.SuggestedAmount.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var yuan))
            {
                amount = yuan;
            }
            else
            {
                ModelState.AddModelError(nameof(form.SuggestedAmount), l["建议资助金额不是有效的金额"]);
            }
        }
        return new ScoreSheet(scores, form.Comment ?? "", form.Recommendation, amount);
    }

    private string Describe(ScoreSheetProblem problem, ScoreSheetContext context)
    {
        var criterion = context.Form.Content.Criteria.FirstOrDefault(c => c.Key == problem.CriterionKey);
        var name = criterion?.Name ?? "";
        var max = criterion?.MaxScore.ToString("0.#", CultureInfo.InvariantCulture) ?? "";
        var minLength = context.Form.Content.CommentMinLength;
        return problem.Kind switch
        {
            ScoreSheetProblemKind.ScoreMissing => l["请为“{0}”打分", name],
            ScoreSheetProblemKind.ScoreOutOfRange => l["“{0}”的分数应在 0 到 {1} 之间", name, max],
            ScoreSheetProblemKind.ScoreTooPrecise => l["“{0}”的分数最多保留一位小数", name],
            ScoreSheetProblemKind.CommentTooShort => minLength > 0 ? l["评审意见至少 {0} 个字", minLength] : l["请填写评审意见"],
            ScoreSheetProblemKind.CommentTooLong => l["评审意见不能超过 {0} 个字", ReviewFormContent.CommentMaxLength],
            ScoreSheetProblemKind.RecommendationMissing => l["请选择评审建议"],
            ScoreSheetProblemKind.AmountMissing => l["请填写建议资助金额"],
            ScoreSheetProblemKind.AmountNotAllowed => l["建议资助金额须在 {0} 之内、不超过申请金额，且最多保留两位小数", AmountBounds(context.AmountRule)],
            _ => problem.Kind.ToString(),
        };
    }

    private string AmountBounds(AmountRule? rule) => rule switch
    {
        { Kind: not AmountRuleKind.NotPublished, Min: { } min, Max: { } max } when min == max => Format.Yuan(min),
        { Kind: not AmountRuleKind.NotPublished, Min: { } min, Max: { } max } => $"{Format.Yuan(min)} – {Format.Yuan(max)}",
        _ => l["本类别资助额度"],
    };

    /// <summary>The signed-in expert's own assignment, still active and without a conflict of interest; null otherwise.</summary>
    private async Task<ReviewAssignment?> FindAsync(Guid assignmentId, CancellationToken cancellationToken) =>
        User.UserId() is { } userId ? await access.FindOpenableAsync(assignmentId, userId, cancellationToken) : null;
}
