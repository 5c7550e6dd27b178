namespace GrantPortal.Infrastructure.Calls;

/// <summary>Who may apply: applicant types (any of) and requirements (all of; each one is satisfied by any of its conditions).</summary>
public sealed record EligibilityDefinition
{
    public IReadOnlyList<string> ApplicantTypes { get; init; } = [];
    public IReadOnlyList<RequirementDefinition> Requirements { get; init; } = [];
}
