using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Reviews;

/// <summary>
/// 评分: one expert's submitted review of one application: a score per criterion of the category's review form, their
/// weighted total (out of 100), a comment, a recommendation and a suggested amount. Never changed once submitted.
/// </summary>
public sealed class ReviewScore : ITenantOwned
{
    private ReviewScore() { }

    public ReviewScore(
        ReviewAssignment assignment,
        IReadOnlyDictionary<string, decimal> scores,
        decimal total,
        string comment,
        ReviewRecommendation recommendation,
        decimal? suggestedAmount,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(scores);
        Id = Guid.CreateVersion7();
        TenantId = assignment.TenantId;
        AssignmentId = assignment.Id;
        CallId = assignment.CallId;
        CategoryId = assignment.CategoryId;
        ApplicationId = assignment.ApplicationId;
        ExpertId = assignment.ExpertId;
        ExpertType = assignment.Type;
        Scores = new Dictionary<string, decimal>(scores, StringComparer.Ordinal);
        Total = total;
        Comment = comment?.Trim() ?? "";
        Recommendation = recommendation;
        SuggestedAmount = suggestedAmount;
        SubmittedAt = now;
        Late = assignment.DueAt is { } due && now >= due;
    }

    /// <summary>
    /// The expert submits <paramref name="sheet"/> on <paramref name="assignment"/> under <paramref name="form"/>: refused
    /// (DomainException "review.sheet_invalid") while the sheet has problems (<see cref="ReviewFormContent.Check"/>), and
    /// ("review.locked") past the due date when the form locks then. The assignment is marked submitted; the total is
    /// the form's weighted total.
    /// </summary>
    public static ReviewScore Submit(
        ReviewAssignment assignment, ReviewFormContent form, ScoreSheet sheet, Calls.AmountRule? rule, decimal? requested, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(sheet);
        if (form.LockedAfterDue && assignment.DueAt is { } due && now >= due)
        {
            throw new DomainException("review.locked", "The due date has passed and this form takes no late scores.");
        }
        var problems = form.Check(sheet, rule, requested);
        if (problems.Count > 0)
        {
            throw new DomainException("review.sheet_invalid", string.Join(", ", problems.Select(p => $"{p.Field}: {p.Kind}")));
        }
        var scores = form.Criteria.ToDictionary(c => c.Key, c => sheet.Scores[c.Key], StringComparer.Ordinal);
        assignment.MarkSubmitted(now);
        return new ReviewScore(assignment, scores, form.Total(scores), sheet.Comment, sheet.Recommendation!.Value, sheet.SuggestedAmount, now);
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid AssignmentId { get; private set; }
    public Guid CallId { get; private set; }
    public Guid CategoryId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public Guid ExpertId { get; private set; }
    public ExpertType ExpertType { get; private set; }
    /// <summary>Criterion key → points given (0 … the criterion's maximum).</summary>
    public IReadOnlyDictionary<string, decimal> Scores { get; private set; } = new Dictionary<string, decimal>();
    /// <summary>The weighted total, 0–100, two decimals.</summary>
    public decimal Total { get; private set; }
    public string Comment { get; private set; } = "";
    public ReviewRecommendation Recommendation { get; private set; }
    /// <summary>建议资助金额, yuan.</summary>
    public decimal? SuggestedAmount { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    /// <summary>逾期提交: submitted at or after the assignment's due date.</summary>
    public bool Late { get; private set; }
}
