using GrantPortal.Domain.Common;
using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Reviews.Scoring;

/// <summary>
/// An expert's score sheet for one of their assignments (found with <see cref="ReviewerAccess"/>): what it shows, saving
/// a draft, and the final submission (the score and the assignment marked submitted in one transaction).
/// </summary>
public sealed class ScoreSheets(PortalDbContext db, ReviewFormStore forms, TimeProvider time)
{
    public async Task<ScoreSheetContext> ContextAsync(ReviewAssignment assignment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var application = await db.Applications.AsNoTracking()
            .Where(a => a.Id == assignment.ApplicationId)
            .Select(a => new { a.Number, a.Title, a.RequestedAmount })
            .SingleAsync(cancellationToken);
        var call = await db.Calls.AsNoTracking().Where(c => c.Id == assignment.CallId).Select(c => c.Title).SingleAsync(cancellationToken);
        // The whole tree, so the category's inherited amount rule resolves through its parents.
        var categories = await db.Categories.AsNoTracking().Where(c => c.CallId == assignment.CallId).ToListAsync(cancellationToken);
        var category = categories.Single(c => c.Id == assignment.CategoryId);
        var form = await forms.ForCategoryAsync(assignment.CallId, assignment.CategoryId, cancellationToken);
        var draft = await db.ScoreSheetDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.AssignmentId == assignment.Id, cancellationToken);
        var score = await db.ReviewScores.AsNoTracking().SingleOrDefaultAsync(s => s.AssignmentId == assignment.Id, cancellationToken);
        return new ScoreSheetContext(
            assignment, form, call, category.Code, category.Name, application.Number, application.Title, application.RequestedAmount,
            category.EffectiveAmountRule, draft, score);
    }

    /// <summary>Keeps what was typed, as typed. Throws DomainException "review.not_open" when the assignment no longer takes a score.</summary>
    public async Task SaveDraftAsync(
        ReviewAssignment assignment, IReadOnlyDictionary<string, string> scores, string? comment, ReviewRecommendation? recommendation, string? suggestedAmount,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        if (assignment.Status != ReviewAssignmentStatus.Assigned)
        {
            throw new DomainException("review.not_open", "Only an open assignment can be scored.");
        }
        var now = time.GetUtcNow();
        var draft = await db.ScoreSheetDrafts.SingleOrDefaultAsync(d => d.AssignmentId == assignment.Id, cancellationToken);
        if (draft is null)
        {
            draft = new ScoreSheetDraft(assignment, now);
            db.ScoreSheetDrafts.Add(draft);
        }
        draft.Save(scores, comment, recommendation, suggestedAmount, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Submits the sheet: the score (with the form's weighted total) and the assignment marked submitted, the draft
    /// removed, in one transaction. Throws DomainException "review.not_open" (already submitted, recused or withdrawn),
    /// "review.locked" (overdue on a form that locks), "review.sheet_invalid" (problems: check the sheet first).
    /// </summary>
    public async Task<ReviewScore> SubmitAsync(ReviewAssignment assignment, ScoreSheetContext context, ScoreSheet sheet, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Score is not null)
        {
            throw new DomainException("review.not_open", "Only an open assignment can be scored.");
        }
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var score = ReviewScore.Submit(assignment, context.Form.Content, sheet, context.AmountRule, context.RequestedAmount, now);
        db.ReviewScores.Add(score);
        await db.ScoreSheetDrafts.Where(d => d.AssignmentId == assignment.Id).ExecuteDeleteAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique score per assignment: a second submission raced this one and won.
            throw new DomainException("review.not_open", "The score was already submitted.");
        }
        await transaction.CommitAsync(cancellationToken);
        return score;
    }
}
