namespace GrantPortal.Domain.Progress;

/// <summary>One step of a mid-term report's history.</summary>
public enum MidTermAction
{
    /// <summary>提交 (the first time or again after a revision).</summary>
    Submitted,
    /// <summary>退回修改.</summary>
    Returned,
    /// <summary>评估通过.</summary>
    Passed,
    /// <summary>评估不通过.</summary>
    Failed,
}
