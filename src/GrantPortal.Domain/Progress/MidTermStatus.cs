namespace GrantPortal.Domain.Progress;

/// <summary>Where an award's mid-term report (中期报告) stands.</summary>
public enum MidTermStatus
{
    /// <summary>草稿: the applicant is writing it.</summary>
    Draft,
    /// <summary>已提交: waiting for staff to evaluate it.</summary>
    Submitted,
    /// <summary>退回修改: staff asked for changes; the applicant revises and submits again.</summary>
    ReturnedForRevision,
    /// <summary>评估通过: the mid-term tranche is due.</summary>
    Passed,
    /// <summary>评估不通过: recorded with the reason; termination is decided separately.</summary>
    Failed,
}
