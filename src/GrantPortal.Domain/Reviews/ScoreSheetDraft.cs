using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Reviews;

/// <summary>
/// 评分草稿: what an expert has typed on a score sheet and saved without submitting, kept as typed (text, even where it
/// is not yet a valid number) so nothing is lost. One per assignment; removed when the score is submitted.
/// </summary>
public sealed class ScoreSheetDraft : ITenantOwned
{
    private ScoreSheetDraft() { }

    public ScoreSheetDraft(ReviewAssignment assignment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        Id = Guid.CreateVersion7();
        TenantId = assignment.TenantId;
        AssignmentId = assignment.Id;
        SavedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid AssignmentId { get; private set; }
    /// <summary>Criterion key → the text typed.</summary>
    public IReadOnlyDictionary<string, string> Scores { get; private set; } = new Dictionary<string, string>();
    public string Comment { get; private set; } = "";
    public ReviewRecommendation? Recommendation { get; private set; }
    public string SuggestedAmount { get; private set; } = "";
    public DateTimeOffset SavedAt { get; private set; }

    public void Save(IReadOnlyDictionary<string, string> scores, string? comment, ReviewRecommendation? recommendation, string? suggestedAmount, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(scores);
        Scores = scores.Where(s => !string.IsNullOrWhiteSpace(s.Value)).ToDictionary(s => s.Key, s => Clip(s.Value.Trim(), 20), StringComparer.Ordinal);
        Comment = Clip(comment ?? "", ReviewFormContent.CommentMaxLength + 1000);
        Recommendation = recommendation;
        SuggestedAmount = Clip(suggestedAmount?.Trim() ?? "", 30);
        SavedAt = now;
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
