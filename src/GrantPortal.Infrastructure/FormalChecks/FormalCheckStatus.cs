namespace GrantPortal.Infrastructure.FormalChecks;

/// <summary>What became of a formal check decision.</summary>
public enum FormalCheckStatus
{
    Decided,
    NotFound,
    /// <summary>The application changed since the page was loaded (another staff member decided, or the applicant acted).</summary>
    Stale,
    /// <summary>The domain refused it: see the error.</summary>
    Refused,
}
