namespace GrantPortal.Domain.Acceptance;

/// <summary>Why staff terminate an award (终止).</summary>
public enum TerminationGround
{
    /// <summary>验收不通过.</summary>
    AcceptanceFailed,
    /// <summary>无故未完成.</summary>
    NonCompletion,
    /// <summary>弄虚作假.</summary>
    Falsification,
    /// <summary>转包.</summary>
    Subcontracting,
}
