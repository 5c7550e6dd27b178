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

    public static decimal Of(string first, string second) => Of(Fingerprint(first), Fingerprint(second));

    /// <summary>
    /// The same measure over two fingerprints (<see cref="Fingerprint"/>): what a submission compares against every other
    /// one in the call, so each text is normalised and split once, not once per comparison.
    /// </summary>
    public static decimal Of(ReadOnlySpan<int> first, ReadOnlySpan<int> second)
    {
        if (first.Length == 0 || second.Length == 0)
        {
            return 0m;
        }
        // Both sorted and distinct: count the shared bigrams in one merge.
        int i = 0, j = 0, shared = 0;
        while (i < first.Length && j < second.Length)
        {
            var a = first[i];
            var b = second[j];
            if (a == b)
            {
                shared++;
                i++;
                j++;
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return Math.Round(2m * shared / (first.Length + second.Length), 3);
    }

    /// <summary>
    /// The set of character pairs of the normalised text, each pair packed losslessly into one int (two UTF-16 code
    /// units), sorted and distinct; empty when the text is too short to tell.
    /// </summary>
    public static int[] Fingerprint(string text)
    {
        var normal = Normalise(text);
        if (normal.Length < MinimumLength)
        {
            return [];
        }
        var pairs = new int[normal.Length - 1];
        for (var i = 0; i + 1 < normal.Length; i++)
        {
            pairs[i] = (normal[i] << 16) | normal[i + 1];
        }
        Array.Sort(pairs);
        var distinct = 0;
        for (var i = 0; i < pairs.Length; i++)
        {
            if (i == 0 || pairs[i] != pairs[i - 1])
            {
                pairs[distinct++] = pairs[i];
            }
        }
        return pairs[..distinct];
    }

    /// <summary>The text of an application that identifies its project: the title and every long answer, in key order.</summary>
    public static string ContentOf(string title, IReadOnlyDictionary<string, string> values, IEnumerable<string> longTextKeys)
    {
        ArgumentNullException.ThrowIfNull(values);
        var parts = new List<string> { title };
        parts.AddRange(longTextKeys.Order(StringComparer.Ordinal).Select(k => values.TryGetValue(k, out var v) ? v : ""));
        return string.Join("\n", parts);
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
