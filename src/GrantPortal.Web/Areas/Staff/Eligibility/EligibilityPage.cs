using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Eligibility;

/// <summary>The eligibility editor of a node (<see cref="Node"/> set, may inherit) or of the call (its default).</summary>
public sealed record EligibilityPage(string Tenant, GrantCall Call, GrantCategory? Node, EligibilityForm Form, IReadOnlyList<CallAuditEntry> Missed)
{
    public string Action => Node is { } node ? $"/{Tenant}/staff/categories/{node.Id}/eligibility" : $"/{Tenant}/staff/calls/{Call.Id}/eligibility";

    public bool CanInherit => Node is not null;
}
