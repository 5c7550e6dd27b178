namespace GrantPortal.Domain.FormalChecks;

/// <summary>What one item of the formal check found.</summary>
public enum CheckItemOutcome
{
    /// <summary>通过.</summary>
    Pass,
    /// <summary>需注意: not a reason to refuse by itself, but staff look before passing (never bulk-passed).</summary>
    Warning,
    /// <summary>不通过: a rule of the call is not met.</summary>
    Fail,
}
