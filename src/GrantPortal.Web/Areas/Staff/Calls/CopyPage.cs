using GrantPortal.Domain.Calls;
using GrantPortal.Infrastructure.Calls;

namespace GrantPortal.Web.Areas.Staff.Calls;

/// <summary>The copy confirmation: the source call, and why a copy failed (definition errors or a refusal).</summary>
public sealed record CopyPage(GrantCall Call, IReadOnlyList<DefinitionError> Errors, string? Error);
