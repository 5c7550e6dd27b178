namespace GrantPortal.Web.Areas.Staff.Rules;

/// <summary>Lists typed in a textarea, one item per line, and optional texts left blank.</summary>
internal static class Lines
{
    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static string Join(IEnumerable<string> lines) => string.Join("\n", lines);

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
