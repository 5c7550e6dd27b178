namespace GrantPortal.Infrastructure.Calls;

/// <summary>项目数量: {"exact": 10}, {"min": 30, "max": 40}; null = none set.</summary>
public sealed record QuotaDefinition
{
    public int? Exact { get; init; }
    public int? Min { get; init; }
    public int? Max { get; init; }
}
