using GrantPortal.Domain.Calls;

namespace GrantPortal.Domain.Reviews.Ranking;

/// <summary>One node's funded projects and money against its quota and cap.</summary>
public sealed record LevelTotal(GrantCategory Node, int Count, decimal Sum, Quota Quota, decimal? Cap)
{
    /// <summary>Fewer projects funded than the quota's minimum (项目数量不足).</summary>
    public bool BelowQuota => Quota.Min is { } min && Count < min;

    public decimal? Remaining => Cap - Sum;
}
