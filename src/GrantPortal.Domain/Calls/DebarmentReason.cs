namespace GrantPortal.Domain.Calls;

public enum DebarmentReason
{
    /// <summary>弄虚作假.</summary>
    Falsification,
    /// <summary>无故未完成 / 未按要求验收.</summary>
    NonCompletion,
    /// <summary>转包.</summary>
    Subcontracting,
}
