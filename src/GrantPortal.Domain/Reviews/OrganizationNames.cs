using System.Globalization;
using System.Text;

namespace GrantPortal.Domain.Reviews;

/// <summary>
/// Compares organisation and person names the way a reader would: full- and half-width alike, spaces, quotes and
/// brackets ignored (「」“”《》（）…), case ignored; two organisation names of at least
/// <see cref="ContainsMinLength"/> characters where one contains the other (中南大学 / 中南大学湘雅医院) are the same.
/// </summary>
public static class OrganizationNames
{
    public const int ContainsMinLength = 4;

    /// <summary>The name reduced for comparison (NFKC, letters and digits only, lower case).</summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }
        var text = name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }
        return builder.ToString();
    }

    /// <summary>The same organisation: equal once normalised, or one containing the other when both are long enough.</summary>
    public static bool Same(string? a, string? b)
    {
        var x = Normalize(a);
        var y = Normalize(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }
        if (x == y)
        {
            return true;
        }
        return x.Length >= ContainsMinLength && y.Length >= ContainsMinLength
            && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal));
    }

    /// <summary>The same person's name: equal once normalised (no containment: 王伟 is not 王伟明).</summary>
    public static bool SamePerson(string? a, string? b)
    {
        var x = Normalize(a);
        return x.Length > 0 && x == Normalize(b);
    }
}
