namespace GrantPortal.Infrastructure.Reviews.Scoring;

/// <summary>Where a category's review form comes from.</summary>
public enum ReviewFormSource
{
    /// <summary>Its own form.</summary>
    Category,
    /// <summary>The call-wide default staff set.</summary>
    Call,
    /// <summary>The built-in default (DefaultCriteria).</summary>
    Default,
}
