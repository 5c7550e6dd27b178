namespace GrantPortal.Domain.Organizations;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V, Z); the last is a
/// check character computed from the first 17 with weights 3^i mod 31.
/// </summary>
public sealed record UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value;

    public static string Normalize(string? input) => (input ?? "").Trim().ToUpperInvariant();

    public static bool TryParse(string? input, out UnifiedSocialCreditCode? code)
    {
        code = null;
        var value = Normalize(input);
        if (value.Length != 18 || value.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }
        if (CheckCharacter(value.AsSpan(0, 17)) != value[17])
        {
            return false;
        }
        code = new UnifiedSocialCreditCode(value);
        return true;
    }

    public static bool IsValid(string? input) => TryParse(input, out _);

    /// <summary>The check character for the first 17 characters.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("Seventeen characters expected.", nameof(first17));
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var index = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException("Character outside the code alphabet.", nameof(first17));
            }
            sum += index * Weights[i];
        }
        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }
}
