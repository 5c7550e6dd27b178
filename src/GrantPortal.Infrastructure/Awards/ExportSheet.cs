namespace GrantPortal.Infrastructure.Awards;

/// <summary>One sheet of an export: its name and rows (the first is the heading); cells are strings, ints, decimals or null.</summary>
public sealed record ExportSheet(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows);
