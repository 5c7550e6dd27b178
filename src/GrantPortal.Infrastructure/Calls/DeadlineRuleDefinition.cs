namespace GrantPortal.Infrastructure.Calls;

/// <summary>Exactly one of: date ("YYYY-MM-DD"); workingDaysAfter + event; monthsAfter + event. Events: Approval,
/// AgreementSigned, ActivityEnd, ProjectEnd.</summary>
public sealed record DeadlineRuleDefinition
{
    public string? Date { get; init; }
    public int? WorkingDaysAfter { get; init; }
    public int? MonthsAfter { get; init; }
    public string? Event { get; init; }
    public string? Label { get; init; }
}
