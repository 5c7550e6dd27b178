namespace GrantPortal.Domain.Reviews;

/// <summary>Where the panel's decision stands.</summary>
public enum PanelDecisionStatus
{
    /// <summary>拟定中: staff record the panel's changes.</summary>
    Draft,
    /// <summary>已确认: locked; the public notice (立项公示) builds on it.</summary>
    Confirmed,
}
