using GrantPortal.Domain.Organizations;

namespace GrantPortal.Domain.Calls;

/// <summary>申报主体与条件: the applicant types that may apply (any of) and the requirements they must meet (all of).</summary>
public sealed record Eligibility
{
    public static readonly Eligibility Anyone = new();

    public IReadOnlyList<ApplicantType> ApplicantTypes { get; init; } = [];
    public IReadOnlyList<EligibilityRequirement> Requirements { get; init; } = [];

    public bool AllowsType(ApplicantType type) => ApplicantTypes.Count == 0 || ApplicantTypes.Contains(type);
}
