using GrantPortal.Domain.Reviews;

namespace GrantPortal.Web.Areas.Review.Scoring;

/// <summary>The score sheet as posted: the texts typed (kept as typed), and whether it is saved as a draft or submitted.</summary>
public sealed class ScoreSheetForm
{
    /// <summary>Criterion key → points typed.</summary>
    public Dictionary<string, string> Scores { get; set; } = new(StringComparer.Ordinal);
    public string? Comment { get; set; }
    public ReviewRecommendation? Recommendation { get; set; }
    public string? SuggestedAmount { get; set; }
    /// <summary>"submit" for the final submission; anything else saves a draft.</summary>
    public string? Intent { get; set; }
    /// <summary>The expert confirms the submission is final.</summary>
    public bool Confirmed { get; set; }

    public bool IsSubmit => Intent == "submit";

    public static ScoreSheetForm From(ScoreSheetDraft? draft) => draft is null ? new() : new()
    {
        Scores = new Dictionary<string, string>(draft.Scores, StringComparer.Ordinal),
        Comment = draft.Comment,
        Recommendation = draft.Recommendation,
        SuggestedAmount = draft.SuggestedAmount,
    };
}
