namespace GrantPortal.Infrastructure.Calls;

public sealed record RequirementDefinition
{
    public IReadOnlyList<ConditionDefinition> AnyOf { get; init; } = [];
}
