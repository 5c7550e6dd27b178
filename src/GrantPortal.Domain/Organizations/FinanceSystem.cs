namespace GrantPortal.Domain.Organizations;

/// <summary>财务制度: how the organisation keeps its accounts.</summary>
public enum FinanceSystem
{
    /// <summary>独立核算.</summary>
    Independent,
    /// <summary>代理记账.</summary>
    AgencyBookkeeping,
    /// <summary>挂靠单位代管.</summary>
    HostManaged,
}
