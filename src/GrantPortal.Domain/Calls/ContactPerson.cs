namespace GrantPortal.Domain.Calls;

/// <summary>联系人: who answers questions about a call or category.</summary>
public sealed record ContactPerson
{
    public string? Role { get; init; }
    public string Name { get; init; } = "";
    public IReadOnlyList<string> Phones { get; init; } = [];
    public string? Email { get; init; }
    public string? Address { get; init; }
}
