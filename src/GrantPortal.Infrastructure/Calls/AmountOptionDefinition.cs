namespace GrantPortal.Infrastructure.Calls;

public sealed record AmountOptionDefinition
{
    /// <summary>Key of a declared fact (a YesNo field in the form carries the same key in its "fact").</summary>
    public string Fact { get; init; } = "";
    public string Label { get; init; } = "";
    public decimal Amount { get; init; }
}
