namespace GrantPortal.Infrastructure.Calls;

/// <summary>Milestones: OnApproval, AgreementSigned, MidTermEvaluation, Acceptance.</summary>
public sealed record TrancheDefinition
{
    public decimal Percent { get; init; }
    public string Milestone { get; init; } = "";
}
