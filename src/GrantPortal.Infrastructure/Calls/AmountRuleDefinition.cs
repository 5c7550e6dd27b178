namespace GrantPortal.Infrastructure.Calls;

/// <summary>经费额度. Fixed: amount. Range: min, max. Conditional: options in priority order, the first whose fact
/// the applicant declares applies, else otherwise (not cumulative). NotPublished: set by review.</summary>
public sealed record AmountRuleDefinition
{
    public AmountRuleKindDefinition Kind { get; init; }
    public decimal? Amount { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public IReadOnlyList<AmountOptionDefinition> Options { get; init; } = [];
    public decimal? Otherwise { get; init; }
    public string? Note { get; init; }
}
