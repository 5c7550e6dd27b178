namespace GrantPortal.Domain.Awards;

/// <summary>Where a funded project stands.</summary>
public enum AwardStatus
{
    /// <summary>执行中: final after the public notice; money is paid as milestones are met.</summary>
    Active,
    /// <summary>已结项: accepted (验收通过).</summary>
    Completed,
    /// <summary>已终止: failed or not completed; unpaid tranches cancelled, paid money to recover.</summary>
    Terminated,
}
