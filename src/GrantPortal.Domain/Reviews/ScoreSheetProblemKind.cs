namespace GrantPortal.Domain.Reviews;

/// <summary>Why a score sheet cannot be submitted as it is.</summary>
public enum ScoreSheetProblemKind
{
    /// <summary>A criterion has no score.</summary>
    ScoreMissing,
    /// <summary>Below 0 or above the criterion's maximum.</summary>
    ScoreOutOfRange,
    /// <summary>More than one decimal.</summary>
    ScoreTooPrecise,
    /// <summary>Shorter than the form's minimum.</summary>
    CommentTooShort,
    /// <summary>Longer than can be stored (4,000 characters).</summary>
    CommentTooLong,
    /// <summary>No recommendation, or one the form does not offer.</summary>
    RecommendationMissing,
    /// <summary>The form asks for a suggested amount and none was given.</summary>
    AmountMissing,
    /// <summary>Not within the category's amount rule, above the amount requested, or more than two decimals.</summary>
    AmountNotAllowed,
}
