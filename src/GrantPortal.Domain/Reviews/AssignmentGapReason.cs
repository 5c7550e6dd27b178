namespace GrantPortal.Domain.Reviews;

/// <summary>Why a panel place stayed open.</summary>
public enum AssignmentGapReason
{
    /// <summary>The pool has no available expert of the type.</summary>
    NoExpertOfType,
    /// <summary>Every available expert of the type is conflicted with the application or already reviews it.</summary>
    AllConflicted,
    /// <summary>The experts who could take it have reached their maximum for the call.</summary>
    AllAtMaximum,
}
