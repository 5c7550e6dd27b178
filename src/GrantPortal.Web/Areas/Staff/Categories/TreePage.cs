using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Categories;

/// <summary>A call's category tree, depth first, with totals per node and for the call.</summary>
public sealed record TreePage(string Tenant, GrantCall Call, IReadOnlyList<TreeRow> Rows, IReadOnlyList<string> CallViolations)
{
    public decimal TopCaps => Call.RootCategories.Sum(c => c.BudgetCap ?? 0);

    public decimal TopMinimum => Call.RootCategories.Sum(CallInvariants.MinimumCommitment);

    public decimal? TopMaximum => Call.RootCategories.Select(CallInvariants.MaximumCommitment)
        .Aggregate((decimal?)0m, (sum, part) => sum is null || part is null ? null : sum + part);

    public static TreePage Of(string tenant, GrantCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var violations = CallInvariants.Check(call);
        var rows = call.AllCategories.Select(node =>
        {
            var siblings = (node.Parent?.Children ?? call.RootCategories.ToList()).OrderBy(c => c.SortOrder).ToList();
            return new TreeRow(node,
                CallInvariants.MinimumCommitment(node),
                CallInvariants.MaximumCommitment(node),
                node.Children.Any(c => c.BudgetCap is not null) ? node.Children.Sum(c => c.BudgetCap ?? 0) : null,
                violations.Where(v => v.NodeCode == node.Code).Select(v => v.Message).ToList(),
                siblings[0] == node,
                siblings[^1] == node);
        }).ToList();
        return new TreePage(tenant, call, rows, violations.Where(v => v.NodeCode is null).Select(v => v.Message).ToList());
    }

    /// <summary>The nodes <paramref name="node"/> may move under: all but itself and its descendants.</summary>
    public IEnumerable<GrantCategory> MoveTargets(GrantCategory node)
    {
        var own = node.SelfAndDescendants().ToHashSet();
        return Call.AllCategories.Where(c => !own.Contains(c));
    }
}
