namespace GrantPortal.Domain.Calls;

/// <summary>What an applicant sees of a published call at a moment.</summary>
public enum CallPhase
{
    /// <summary>未开放.</summary>
    NotOpen,
    /// <summary>申报中.</summary>
    Open,
    /// <summary>已截止.</summary>
    Closed,
}
