namespace GrantPortal.Web.Areas.Staff.Dashboard;

/// <summary>One group of bars (a category): a value per series, and the limit it is measured against (quota or cap), if any.</summary>
public sealed record BarGroup(string Label, IReadOnlyList<decimal> Values, decimal? Limit = null);
