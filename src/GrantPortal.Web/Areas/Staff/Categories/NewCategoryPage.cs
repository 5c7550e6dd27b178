using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Categories;

/// <summary>Adding a node under <see cref="Parent"/> (null = top level).</summary>
public sealed record NewCategoryPage(string Tenant, GrantCall Call, GrantCategory? Parent, NewCategoryForm Form, IReadOnlyList<CallAuditEntry> Missed);
