namespace GrantPortal.Domain.Awards;

/// <summary>Where one tranche of an award stands.</summary>
public enum TrancheStatus
{
    /// <summary>未到拨付条件: its milestone is not met yet.</summary>
    Planned,
    /// <summary>待拨付: its milestone is met; staff may record the payment.</summary>
    Due,
    /// <summary>已拨付.</summary>
    Paid,
    /// <summary>已取消: the award was terminated before it was paid.</summary>
    Cancelled,
}
