namespace GrantPortal.Infrastructure.Calls;

/// <summary>Kinds: AcceptanceForm, Report, FinancialAudit, Photos, SignInSheet, News, Slides, Video, Notice, Agenda,
/// Proceedings, Certificate, Ledger, Other.</summary>
public sealed record AcceptanceMaterialDefinition
{
    public string Name { get; init; } = "";
    public string Kind { get; init; } = "Other";
    public int? MinCharacters { get; init; }
    public int? MinCount { get; init; }
    public int? MaxFiles { get; init; }
    public DeadlineRuleDefinition? Due { get; init; }
    public string? Note { get; init; }
}
