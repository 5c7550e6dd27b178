using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Categories;

/// <summary>The edit page of one node: the saved node (for its place and totals), what the form holds, and the changes missed on a conflict.</summary>
public sealed record CategoryPage(string Tenant, GrantCategory Node, CategoryForm Form, IReadOnlyList<CallAuditEntry> Missed)
{
    public GrantCall Call => Node.Call;

    public bool Editable => Call.IsEditable;

    public FundingTotals Totals => FundingTotals.Of(Form, Node);

    public IEnumerable<CallViolation> Violations => CallInvariants.Check(Call).Where(v => v.NodeCode == Node.Code);
}
