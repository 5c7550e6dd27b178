namespace GrantPortal.Domain.Reviews;

/// <summary>评审意见: what the expert recommends.</summary>
public enum ReviewRecommendation
{
    /// <summary>建议资助.</summary>
    Support,
    /// <summary>修改后资助.</summary>
    SupportWithChanges,
    /// <summary>不建议资助.</summary>
    DoNotSupport,
}
