using System.Globalization;
using System.Text;

namespace GrantPortal.Domain.Applications;

/// <summary>
/// 查重: how alike two applications are, so that one project is not submitted twice under another name. Texts are
/// compared as sets of character pairs (bigrams) after dropping punctuation and spaces — robust for Chinese, where
/// words are not separated — with the Dice coefficient (0 = nothing shared, 1 = the same).
/// </summary>
public static class ProjectSimilarity
{
    /// <summary>At or above this the submission is refused until staff confirm they are different projects.</summary>
    public const decimal Threshold = 0.8m;

    /// <summary>Texts shorter than this (after normalising) are not compared: too little to tell.</summary>
    private const int MinimumLength = 12;

    public static decimal Of(string first, string second)
    {
        var a = Bigrams(first);
        var b = Bigrams(second);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0m;
        }
        var shared = a.Count(b.Contains);
        return Math.Round(2m * shared / (a.Count + b.Count), 3);
    }

    /// <summary>The text of an application that identifies its project: the title and every long answer, in key order.</summary>
    public static string ContentOf(string title, IReadOnlyDictionary<string, string> values, IEnumerable<string> longTextKeys)
    {
        ArgumentNullException.ThrowIfNull(values);
        var parts = new List<string> { title };
        parts.AddRange(longTextKeys.Order(StringComparer.Ordinal).Select(k => values.TryGetValue(k, out var v) ? v : ""));
        return string.Join("\n", parts);
    }

    private static HashSet<string> Bigrams(string text)
    {
        var normal = Normalise(text);
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (normal.Length < MinimumLength)
        {
            return result;
        }
        for (var i = 0; i + 1 < normal.Length; i++)
        {
            result.Add(normal.Substring(i, 2));
        }
        return result;
    }

    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category == UnicodeCategory.OtherLetter)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }
}
