using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Categories;

/// <summary>The confirmation before removing a node: everything that goes with it.</summary>
public sealed record RemovePage(string Tenant, GrantCategory Node, IReadOnlyList<CallAuditEntry> Missed)
{
    public GrantCall Call => Node.Call;

    public IReadOnlyList<GrantCategory> Removed => Node.SelfAndDescendants().ToList();
}
