namespace GrantPortal.Domain.Reviews;

/// <summary>One thing wrong with a score sheet: the field it concerns ("Scores[key]", "Comment", "Recommendation", "SuggestedAmount") and why.</summary>
public sealed record ScoreSheetProblem(string Field, ScoreSheetProblemKind Kind, string? CriterionKey = null);
