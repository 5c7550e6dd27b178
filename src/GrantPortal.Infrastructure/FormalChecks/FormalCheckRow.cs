using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.FormalChecks;

namespace GrantPortal.Infrastructure.FormalChecks;

/// <summary>
/// One application in the formal check: the application (with its submissions), its organisation's name, its category,
/// its checklist as it stands now (null when it no longer awaits the check) and its decisions, oldest first.
/// </summary>
public sealed record FormalCheckRow(
    GrantApplication Application, string OrganizationName, GrantCategory Category, FormalChecklist? Checklist, IReadOnlyList<FormalCheckDecision> Decisions)
{
    public FormalCheckDecision? LastDecision => Decisions.Count == 0 ? null : Decisions[^1];
}
