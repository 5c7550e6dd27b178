namespace GrantPortal.Web.Areas.Staff.Categories;

/// <summary>Text areas holding one item a line, and optional text boxes.</summary>
public static class TextLines
{
    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    public static string Join(IEnumerable<string> lines) => string.Join("\n", lines);

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
