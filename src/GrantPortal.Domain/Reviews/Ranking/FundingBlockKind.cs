namespace GrantPortal.Domain.Reviews.Ranking;

/// <summary>Why the allocation passed over an application.</summary>
public enum FundingBlockKind
{
    /// <summary>项目数量已满.</summary>
    QuotaFull,
    /// <summary>超出总额.</summary>
    CapExceeded,
    /// <summary>未达及格线.</summary>
    BelowMinimum,
    /// <summary>尚无评分.</summary>
    NoScores,
    /// <summary>无法确定金额.</summary>
    NoAmount,
}
