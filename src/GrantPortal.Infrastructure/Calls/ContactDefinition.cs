namespace GrantPortal.Infrastructure.Calls;

public sealed record ContactDefinition
{
    public string? Role { get; init; }
    public string Name { get; init; } = "";
    public IReadOnlyList<string> Phones { get; init; } = [];
    public string? Email { get; init; }
    public string? Address { get; init; }
}
