namespace GrantPortal.Domain.Progress;

/// <summary>What a change request (变更申请) changes.</summary>
public enum ChangeKind
{
    /// <summary>项目内容.</summary>
    Content,
    /// <summary>实施时间: a new completion date.</summary>
    Timing,
    /// <summary>项目负责人.</summary>
    PersonInCharge,
    /// <summary>其他.</summary>
    Other,
}
