using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Categories;

/// <summary>The rules page of one node. On a published call only the contact may change.</summary>
public sealed record RulesPage(string Tenant, GrantCategory Node, RulesForm Form, IReadOnlyList<CallAuditEntry> Missed)
{
    public GrantCall Call => Node.Call;

    public bool Editable => Call.IsEditable;
}
