namespace GrantPortal.Infrastructure.Calls;

/// <summary>Prohibited: AssetPurchase, ExternalInvestment, Donation, InternalLabourFees, Subcontracting, Misappropriation.</summary>
public sealed record SpendingRulesDefinition
{
    public decimal? MaxTravelPercent { get; init; }
    public IReadOnlyList<string> Prohibited { get; init; } = [];
    public IReadOnlyList<string> Notes { get; init; } = [];
}
