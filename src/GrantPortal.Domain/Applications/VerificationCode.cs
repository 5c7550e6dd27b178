using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GrantPortal.Domain.Applications;

/// <summary>
/// 校验码: printed with its QR code on every page of a submitted application's PDF. Derived from the application, the
/// version and exactly what was submitted, so any change gives a new code; sixteen Crockford base-32 characters
/// (80 bits of SHA-256), shown in groups of four.
/// </summary>
public static class VerificationCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Length = 16;

    /// <summary>The code of one submission.</summary>
    public static string For(
        Guid applicationId, int version, Guid formDefinitionId, string title, decimal? requestedAmount, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var canonical = new StringBuilder();
        canonical.Append(applicationId.ToString("N")).Append('\n')
            .Append(version.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(formDefinitionId.ToString("N")).Append('\n')
            .Append(title).Append('\n')
            .Append(requestedAmount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "").Append('\n');
        foreach (var (key, value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            // Lengths first, so that no value can be shifted into another key.
            canonical.Append(key.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(key)
                .Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString()));
        var code = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            var bit = i * 5;
            var chunk = (hash[bit / 8] << 8 | hash[bit / 8 + 1]) >> (11 - bit % 8) & 31;
            code[i] = Alphabet[chunk];
        }
        return new string(code);
    }

    /// <summary>"ABCD-EFGH-JKMN-PQRS" for print and screen.</summary>
    public static string Display(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return string.Join('-', Enumerable.Range(0, (code.Length + 3) / 4).Select(i => code.Substring(i * 4, Math.Min(4, code.Length - i * 4))));
    }

    /// <summary>
    /// What a person typed or a scanner read, as a stored code: separators and spaces dropped, upper case, and the
    /// letters Crockford reads as digits (O→0, I and L→1); null when it cannot be a code.
    /// </summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }
        var text = input.Trim();
        var slash = text.LastIndexOf('/');
        if (slash >= 0)
        {
            text = text[(slash + 1)..]; // a verification URL read from the QR code
        }
        var chars = new StringBuilder(Length);
        foreach (var c in text.ToUpperInvariant())
        {
            if (c is '-' or ' ')
            {
                continue;
            }
            var mapped = c switch { 'O' => '0', 'I' or 'L' => '1', _ => c };
            if (!Alphabet.Contains(mapped, StringComparison.Ordinal))
            {
                return null;
            }
            chars.Append(mapped);
        }
        return chars.Length == Length ? chars.ToString() : null;
    }
}
