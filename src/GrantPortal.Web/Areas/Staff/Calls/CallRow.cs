using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Calls;

/// <summary>One call in the staff list, with its last audited change.</summary>
public sealed record CallRow(
    Guid Id, int Year, string Title, CallStatus Status, CallPhase Phase, DateTimeOffset? Deadline, bool DeadlineIsEndOfDay, int Revision,
    string? LastChangedBy, DateTimeOffset? LastChangedAt);
