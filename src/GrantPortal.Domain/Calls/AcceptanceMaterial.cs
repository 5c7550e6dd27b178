namespace GrantPortal.Domain.Calls;

/// <summary>验收材料: one item the project must hand in for acceptance.</summary>
public sealed record AcceptanceMaterial
{
    public string Name { get; init; } = "";
    public AcceptanceMaterialKind Kind { get; init; } = AcceptanceMaterialKind.Other;
    /// <summary>Minimum length in characters (Xinjiang 总结报告 4000, Shanxi 2000).</summary>
    public int? MinCharacters { get; init; }
    public int? MinCount { get; init; }
    /// <summary>At most this many files (photos: 20).</summary>
    public int? MaxFiles { get; init; }
    public DeadlineRule? Due { get; init; }
    public string? Note { get; init; }
}
