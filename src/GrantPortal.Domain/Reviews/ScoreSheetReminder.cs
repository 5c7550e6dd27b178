using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Reviews;

/// <summary>A reminder sent to the expert of an open assignment; the automatic kinds are unique per assignment, so none is sent twice.</summary>
public sealed class ScoreSheetReminder : ITenantOwned
{
    private ScoreSheetReminder() { }

    public ScoreSheetReminder(ReviewAssignment assignment, ScoreSheetReminderKind kind, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        Id = Guid.CreateVersion7();
        TenantId = assignment.TenantId;
        AssignmentId = assignment.Id;
        Kind = kind;
        SentAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid AssignmentId { get; private set; }
    public ScoreSheetReminderKind Kind { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
}
