namespace GrantPortal.Domain.Calls;

/// <summary>申报条件之一: a fact about the organisation, with a value or year where the fact needs one.</summary>
public sealed record EligibilityCondition(EligibilityFact Fact, string Label, string? Value = null, int? Year = null);
