using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Reviews;

/// <summary>
/// 评审表: the review form of one category (<see cref="CategoryId"/> set) or the call-wide default for the categories
/// that have none of their own (<see cref="CategoryId"/> null). Without either, <see cref="DefaultCriteria.Form"/> applies.
/// Staff may change it until the first score of a category using it is submitted.
/// </summary>
public sealed class ReviewForm : ITenantOwned
{
    private ReviewForm() { }

    public ReviewForm(Guid tenantId, Guid callId, Guid? categoryId, ReviewFormContent content, string updatedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        content.EnsureValid();
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        CallId = callId;
        CategoryId = categoryId;
        Content = content;
        UpdatedBy = updatedBy;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid CallId { get; private set; }
    /// <summary>The category it belongs to; null for the call-wide default.</summary>
    public Guid? CategoryId { get; private set; }
    public ReviewFormContent Content { get; private set; } = DefaultCriteria.Form;
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Replaces what the form asks; <paramref name="scored"/>: a score was already submitted on it, so it is refused.</summary>
    public void Revise(ReviewFormContent content, bool scored, string updatedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (scored)
        {
            throw new DomainException("review_form.scored", "Scores were submitted on this form: it can no longer change.");
        }
        content.EnsureValid();
        Content = content;
        UpdatedBy = updatedBy;
        UpdatedAt = now;
    }
}
