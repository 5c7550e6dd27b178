using System.Text;

namespace GrantPortal.Domain.Acceptance;

/// <summary>
/// 字数: how long a report is. Counted in characters, not bytes: every Unicode character (a Chinese character, a letter,
/// a digit, a punctuation mark, an emoji) counts 1; whitespace (spaces, full-width spaces, tabs, line breaks) and
/// control characters are not counted, so padding a report with blank lines never makes it long enough.
/// </summary>
public static class AcceptanceText
{
    public static int Characters(string? text) =>
        string.IsNullOrEmpty(text) ? 0 : text.EnumerateRunes().Count(r => !Rune.IsWhiteSpace(r) && !Rune.IsControl(r));
}
