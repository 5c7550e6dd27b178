namespace GrantPortal.Domain.Acceptance;

/// <summary>One line of the checklist as it stands: done, or what is short (<see cref="Count"/>: characters, files or links handed in).</summary>
public sealed record ChecklistLine(AcceptanceRequirement Requirement, AcceptanceItem Item, AcceptanceShortfall Shortfall, int Count)
{
    public bool Done => Shortfall == AcceptanceShortfall.None;
}
