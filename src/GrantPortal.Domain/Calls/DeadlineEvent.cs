namespace GrantPortal.Domain.Calls;

/// <summary>The event a relative deadline counts from.</summary>
public enum DeadlineEvent
{
    /// <summary>立项.</summary>
    Approval,
    /// <summary>签订任务书 / 合同书.</summary>
    AgreementSigned,
    /// <summary>活动结束.</summary>
    ActivityEnd,
    /// <summary>项目期满.</summary>
    ProjectEnd,
}
