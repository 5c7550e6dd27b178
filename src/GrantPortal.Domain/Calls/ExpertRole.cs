namespace GrantPortal.Domain.Calls;

/// <summary>专家类型.</summary>
public enum ExpertRole
{
    /// <summary>技术专家.</summary>
    Technical,
    /// <summary>财务专家.</summary>
    Financial,
    /// <summary>管理专家.</summary>
    Management,
}
