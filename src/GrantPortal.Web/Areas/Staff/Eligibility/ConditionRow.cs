using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Eligibility;

/// <summary>One condition of a requirement; a row with neither fact nor label is an empty row.</summary>
public sealed class ConditionRow
{
    public EligibilityFact? Fact { get; set; }
    public string? Label { get; set; }
    public string? Value { get; set; }
    public int? Year { get; set; }

    public bool IsBlank => Fact is null && string.IsNullOrWhiteSpace(Label) && string.IsNullOrWhiteSpace(Value) && Year is null;
}
