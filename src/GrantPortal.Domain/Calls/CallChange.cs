namespace GrantPortal.Domain.Calls;

/// <summary>
/// One changed value of a call, by its path in the call's definition file ("$.categories[XXJL-2025-1].amount.amount");
/// null before = added, null after = removed. Values are JSON text.
/// </summary>
public sealed record CallChange(string Path, string? Before, string? After);
