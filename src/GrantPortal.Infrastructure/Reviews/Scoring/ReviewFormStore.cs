using GrantPortal.Domain.Common;
using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Reviews.Scoring;

/// <summary>
/// The review forms of the current association: which applies to a category (its own, else the call-wide default,
/// else <see cref="DefaultCriteria"/>), and saving or copying them, refused ("review_form.scored") once a category that
/// uses the form has a submitted score.
/// </summary>
public sealed class ReviewFormStore(PortalDbContext db, TenantContext tenant, TimeProvider time)
{
    public async Task<EffectiveReviewForm> ForCategoryAsync(Guid callId, Guid categoryId, CancellationToken cancellationToken = default)
    {
        var forms = await db.ReviewForms.AsNoTracking()
            .Where(f => f.CallId == callId && (f.CategoryId == categoryId || f.CategoryId == null))
            .ToListAsync(cancellationToken);
        return Effective(forms, categoryId);
    }

    /// <summary>Every form of a call (own and call-wide), for the list page and the score report.</summary>
    public Task<List<ReviewForm>> OfCallAsync(Guid callId, CancellationToken cancellationToken = default) =>
        db.ReviewForms.AsNoTracking().Where(f => f.CallId == callId).ToListAsync(cancellationToken);

    /// <summary>The call's call-wide form, or the built-in default when staff set none.</summary>
    public static EffectiveReviewForm CallWide(IEnumerable<ReviewForm> formsOfCall)
    {
        var form = formsOfCall.FirstOrDefault(f => f.CategoryId is null);
        return form is null
            ? new EffectiveReviewForm(DefaultCriteria.Form, ReviewFormSource.Default, null, null)
            : new EffectiveReviewForm(form.Content, ReviewFormSource.Call, form.UpdatedAt, form.UpdatedBy);
    }

    /// <summary>The form that applies to <paramref name="categoryId"/> among the forms of its call.</summary>
    public static EffectiveReviewForm Effective(IEnumerable<ReviewForm> formsOfCall, Guid categoryId)
    {
        var list = formsOfCall.ToList();
        var own = list.FirstOrDefault(f => f.CategoryId == categoryId);
        return own is null ? CallWide(list) : new EffectiveReviewForm(own.Content, ReviewFormSource.Category, own.UpdatedAt, own.UpdatedBy);
    }

    /// <summary>Whether a score was submitted in the category.</summary>
    public Task<bool> ScoredAsync(Guid categoryId, CancellationToken cancellationToken = default) =>
        db.ReviewScores.AnyAsync(s => s.CategoryId == categoryId, cancellationToken);

    /// <summary>Whether a score was submitted in a category of the call that uses the call-wide form (has none of its own).</summary>
    public Task<bool> CallWideScoredAsync(Guid callId, CancellationToken cancellationToken = default) =>
        db.ReviewScores.AnyAsync(s => s.CallId == callId && !db.ReviewForms.Any(f => f.CategoryId == s.CategoryId), cancellationToken);

    /// <summary>
    /// Saves the form of <paramref name="categoryId"/> (null: the call-wide default). Throws DomainException
    /// "review_form.scored" when a score depends on the form it replaces, "review_form.invalid" when the content is not usable.
    /// </summary>
    public async Task SaveAsync(Guid callId, Guid? categoryId, ReviewFormContent content, string author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        await StageAsync(callId, categoryId, content, author, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Gives each of <paramref name="targets"/> its own copy of <paramref name="content"/>, all or none: throws
    /// DomainException "review_form.scored" (arguments: the category ids refused) when a target has scores.
    /// </summary>
    public async Task CopyAsync(Guid callId, ReviewFormContent content, IReadOnlyCollection<Guid> targets, string author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var scored = await db.ReviewScores.Where(s => targets.Contains(s.CategoryId)).Select(s => s.CategoryId).Distinct().ToListAsync(cancellationToken);
        if (scored.Count > 0)
        {
            throw new DomainException("review_form.scored", "Scores were submitted in some of these categories.", [.. scored.Cast<object>()]);
        }
        foreach (var target in targets)
        {
            await StageAsync(callId, target, content, author, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Removes the category's own form, so the call-wide one applies again; refused like a change.</summary>
    public async Task ResetAsync(Guid callId, Guid categoryId, CancellationToken cancellationToken = default)
    {
        var own = await db.ReviewForms.SingleOrDefaultAsync(f => f.CallId == callId && f.CategoryId == categoryId, cancellationToken);
        if (own is null)
        {
            return;
        }
        if (await ScoredAsync(categoryId, cancellationToken))
        {
            throw new DomainException("review_form.scored", "Scores were submitted on this form: it can no longer change.");
        }
        db.ReviewForms.Remove(own);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task StageAsync(Guid callId, Guid? categoryId, ReviewFormContent content, string author, CancellationToken cancellationToken)
    {
        var scored = categoryId is { } id ? await ScoredAsync(id, cancellationToken) : await CallWideScoredAsync(callId, cancellationToken);
        var existing = await db.ReviewForms.SingleOrDefaultAsync(f => f.CallId == callId && f.CategoryId == categoryId, cancellationToken);
        if (existing is null)
        {
            if (scored)
            {
                throw new DomainException("review_form.scored", "Scores were submitted on the form this category uses: it can no longer change.");
            }
            var tenantId = tenant.TenantId ?? throw new InvalidOperationException("No association in this scope.");
            db.ReviewForms.Add(new ReviewForm(tenantId, callId, categoryId, content, author, time.GetUtcNow()));
        }
        else
        {
            existing.Revise(content, scored, author, time.GetUtcNow());
        }
    }
}
