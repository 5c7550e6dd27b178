using GrantPortal.Infrastructure.Calls;

namespace GrantPortal.Web.Areas.Staff.Calls;

/// <summary>The import page: the pasted text kept, and every problem of the file by its path.</summary>
public sealed record ImportPage(string? Json, IReadOnlyList<DefinitionError> Errors);
