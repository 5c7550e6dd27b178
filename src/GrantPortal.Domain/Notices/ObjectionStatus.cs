namespace GrantPortal.Domain.Notices;

/// <summary>How an objection (异议) was handled.</summary>
public enum ObjectionStatus
{
    /// <summary>待处理.</summary>
    Pending,
    /// <summary>异议成立.</summary>
    Upheld,
    /// <summary>异议不成立.</summary>
    Dismissed,
}
