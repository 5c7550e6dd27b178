namespace GrantPortal.Domain.Reviews;

/// <summary>The kinds of expert the notices put on one panel (技术、财务、管理专家共同评审).</summary>
public enum ExpertType
{
    /// <summary>技术专家.</summary>
    Technical,
    /// <summary>财务专家.</summary>
    Financial,
    /// <summary>管理专家.</summary>
    Management,
}
