using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Categories;

/// <summary>One node of the tree page with its running totals and broken rules.</summary>
public sealed record TreeRow(GrantCategory Node, decimal MinimumCommitment, decimal? MaximumCommitment, decimal? ChildrenCaps,
    IReadOnlyList<string> Violations, bool First, bool Last);
