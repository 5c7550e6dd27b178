namespace GrantPortal.Infrastructure.Calls;

/// <summary>Reasons: Falsification, NonCompletion, Subcontracting. Years: 1 = the next year.</summary>
public sealed record DebarmentRuleDefinition
{
    public string Reason { get; init; } = "";
    public int Years { get; init; }
    public string? Note { get; init; }
}
