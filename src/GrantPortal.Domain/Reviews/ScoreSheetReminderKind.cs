namespace GrantPortal.Domain.Reviews;

/// <summary>Which reminder an expert got about an open assignment.</summary>
public enum ScoreSheetReminderKind
{
    /// <summary>48 hours before the due date (sent once).</summary>
    DueSoon,
    /// <summary>The due date has passed (sent once).</summary>
    Overdue,
    /// <summary>Staff pressed “remind now” (as often as they do).</summary>
    Manual,
}
