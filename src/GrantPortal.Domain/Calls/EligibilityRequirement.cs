namespace GrantPortal.Domain.Calls;

/// <summary>A requirement met by any one of its conditions (Guangxi 2023-1: 一流学会创建单位 or rating A).</summary>
public sealed record EligibilityRequirement(IReadOnlyList<EligibilityCondition> AnyOf);
