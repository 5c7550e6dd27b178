using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;

namespace GrantPortal.Infrastructure.Calls;

/// <summary>What became of an edit: saved (with its audit entry), unchanged, refused (with the rule's error), or in conflict (with the changes the editor missed).</summary>
public sealed record CallEditOutcome(CallEditStatus Status, GrantCall? Call)
{
    public DomainException? Error { get; init; }
    public CallAuditEntry? Entry { get; init; }
    public IReadOnlyList<CallAuditEntry> Missed { get; init; } = [];

    public bool Succeeded => Status is CallEditStatus.Saved or CallEditStatus.Unchanged;
}
