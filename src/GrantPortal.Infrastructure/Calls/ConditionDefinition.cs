namespace GrantPortal.Infrastructure.Calls;

/// <summary>A fact about the organisation: FirstClassSocietyCandidate, CapabilityRating (value "A", year),
/// AnnualReportFiled (year), NoUnfinishedEarlierProject, NotDebarred, SoundFinancialSystem, PilotCity, Other (text).</summary>
public sealed record ConditionDefinition
{
    public string Fact { get; init; } = "";
    public string? Value { get; init; }
    public int? Year { get; init; }
    public string Label { get; init; } = "";
}
