using System.Globalization;

namespace GrantPortal.Web.Areas.Staff.Dashboard;

/// <summary>
/// A horizontal grouped bar chart drawn as SVG on the server (no script; colours and sizes are SVG attributes, since
/// the content security policy forbids inline styles). Each group's limit is drawn as a vertical mark.
/// </summary>
public sealed record BarChart(string Id, string Title, IReadOnlyList<string> Series, IReadOnlyList<BarGroup> Groups, bool Money, string? LimitLabel = null)
{
    public static readonly IReadOnlyList<string> Colours = ["#3b6fb6", "#e0a030", "#c0392b", "#7d5ba6", "#2e8b57", "#7f8c8d"];

    public const int LabelWidth = 190;
    public const int PlotWidth = 520;
    public const int BarHeight = 14;
    public const int GroupGap = 12;
    public const int Top = 8;

    public decimal Scale => Math.Max(1m, Groups.SelectMany(g => g.Values.Append(g.Limit ?? 0m)).DefaultIfEmpty(0m).Max());

    public int GroupHeight => Series.Count * BarHeight + GroupGap;

    public int Height => Top + Groups.Count * GroupHeight + 8;

    public int Width => LabelWidth + PlotWidth + 110;

    public static string N(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public decimal X(decimal value) => LabelWidth + PlotWidth * value / Scale;
}
