namespace GrantPortal.Domain.Acceptance;

/// <summary>Why a checklist line is not done yet.</summary>
public enum AcceptanceShortfall
{
    None,
    /// <summary>Nothing handed in.</summary>
    Missing,
    /// <summary>A report shorter than its minimum.</summary>
    TooShort,
    /// <summary>Fewer files or links than the minimum.</summary>
    TooFew,
    /// <summary>More files or links than allowed.</summary>
    TooMany,
}
