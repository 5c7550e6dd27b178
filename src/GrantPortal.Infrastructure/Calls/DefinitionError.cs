namespace GrantPortal.Infrastructure.Calls;

/// <summary>One problem in a call-definition file: where (a JSON path such as $.categories[2].quota) and what, in Chinese.</summary>
public sealed record DefinitionError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
