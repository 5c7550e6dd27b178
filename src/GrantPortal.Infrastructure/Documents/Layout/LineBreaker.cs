using System.Text;

namespace GrantPortal.Infrastructure.Documents.Layout;

/// <summary>
/// Breaks Chinese (and mixed) text into lines of a given width, measured by the caller's function: by character for
/// Chinese, whole words for Latin letters and numbers when they fit, the usual rules of Chinese typesetting (避头尾):
/// closing punctuation never starts a line and opening punctuation never ends one. Line feeds in the text start new
/// lines; an empty paragraph gives an empty line.
/// </summary>
public static class LineBreaker
{
    /// <summary>Punctuation that may not start a line.</summary>
    public const string Closing = "，。、；：？！）》」』”’〉】〕…％,.;:?!)]}";

    /// <summary>Punctuation that may not end a line.</summary>
    public const string Opening = "（《「『“‘〈【〔([{";

    public static IReadOnlyList<string> Break(string? text, double width, Func<string, double> measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var lines = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return lines;
        }
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            BreakParagraph(paragraph.TrimEnd(), width, measure, lines);
        }
        return lines;
    }

    private static void BreakParagraph(string paragraph, double width, Func<string, double> measure, List<string> lines)
    {
        if (paragraph.Length == 0)
        {
            lines.Add("");
            return;
        }
        var current = new List<string>();
        var currentWidth = 0.0;
        var queue = new Queue<string>(Units(paragraph));
        while (queue.Count > 0)
        {
            var unit = queue.Dequeue();
            var unitWidth = measure(unit);
            if (current.Count == 0 && IsSpace(unit) && lines.Count > 0 && lines[^1].Length > 0)
            {
                continue; // no leading spaces on a wrapped line
            }
            if (currentWidth + unitWidth <= width || current.Count == 0 && unitWidth <= width)
            {
                current.Add(unit);
                currentWidth += unitWidth;
                continue;
            }
            if (IsSpace(unit))
            {
                Flush(current, lines);
                current.Clear();
                currentWidth = 0;
                continue;
            }
            if (unit.Length > 1 && unitWidth > width)
            {
                // A word longer than a line: by character, from where the line stands.
                var rest = queue.ToList();
                queue.Clear();
                foreach (var c in unit.EnumerateRunes())
                {
                    queue.Enqueue(c.ToString());
                }
                foreach (var r in rest)
                {
                    queue.Enqueue(r);
                }
                continue;
            }
            var carried = new List<string>();
            // Closing punctuation takes the character before it along to the new line (and that one's closing
            // punctuation, as in 』。, back to a character that may start a line).
            while (IsClosing(unit) && current.Count > 1 && (carried.Count == 0 || IsClosing(carried[0])))
            {
                carried.Insert(0, current[^1]);
                current.RemoveAt(current.Count - 1);
            }
            while (current.Count > 1 && IsOpening(current[^1]))
            {
                carried.Insert(0, current[^1]);
                current.RemoveAt(current.Count - 1);
            }
            Flush(current, lines);
            current.Clear();
            current.AddRange(carried);
            current.Add(unit);
            currentWidth = current.Sum(measure);
        }
        Flush(current, lines);
    }

    private static void Flush(List<string> units, List<string> lines)
    {
        var line = new StringBuilder();
        foreach (var unit in units)
        {
            line.Append(unit);
        }
        var text = line.ToString().TrimEnd();
        if (text.Length > 0 || units.Count > 0)
        {
            lines.Add(text);
        }
    }

    /// <summary>Each Chinese character or punctuation mark alone, runs of Latin letters, digits and their punctuation together, spaces alone.</summary>
    internal static IEnumerable<string> Units(string paragraph)
    {
        var word = new StringBuilder();
        foreach (var rune in paragraph.EnumerateRunes())
        {
            var value = rune.Value;
            if (value < 0x2000 && !Rune.IsWhiteSpace(rune))
            {
                word.Append(rune.ToString());
                continue;
            }
            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
            yield return Rune.IsWhiteSpace(rune) ? " " : rune.ToString();
        }
        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static bool IsSpace(string unit) => unit == " ";

    private static bool IsClosing(string unit) => unit.Length >= 1 && Closing.Contains(unit[0], StringComparison.Ordinal);

    private static bool IsOpening(string unit) => unit.Length == 1 && Opening.Contains(unit[0], StringComparison.Ordinal);
}
