using System.Globalization;
using System.Reflection;

namespace GrantPortal.Infrastructure.Identity;

/// <summary>
/// The portal's password rules beyond length (OWASP ASVS 5.0 V6.2): no composition rules, but not one of the common
/// or breached passwords shipped in common-passwords.txt (also with digits or symbols around it, spaces and case
/// ignored), not one character repeated or a short pattern repeated, not a simple sequence (alphabet, digits,
/// keyboard rows and columns), and not containing context words (the e-mail's local part, the person's name, the
/// association's identifier and names).
/// </summary>
public sealed class PasswordRules
{
    public const int MaxLength = 200;

    private static readonly string[] Sequences = WithReversed(
        "01234567890123456789",
        "abcdefghijklmnopqrstuvwxyzabc",
        "qwertyuiopasdfghjklzxcvbnm",
        "qwertyuiop", "asdfghjkl", "zxcvbnm",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
        "qazwsxedcrfvtgbyhnujmikolp",
        "1q2w3e4r5t6y7u8i9o0p",
        "q1w2e3r4t5y6u7i8o9p0",
        "a1b2c3d4e5f6g7h8i9j0");

    private readonly HashSet<string> _common;

    public PasswordRules(IEnumerable<string> commonPasswords) =>
        _common = new HashSet<string>(commonPasswords.Select(Compact).Where(p => p.Length > 0), StringComparer.Ordinal);

    /// <summary>The rules with the list shipped in this assembly.</summary>
    public static PasswordRules Default { get; } = new(ReadShippedList());

    public int CommonCount => _common.Count;

    public PasswordProblem Check(string password, IEnumerable<string?> contextWords)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(contextWords);
        if (password.Length > MaxLength)
        {
            return PasswordProblem.TooLong;
        }
        var compact = Compact(password);
        if (IsCommon(compact))
        {
            return PasswordProblem.Common;
        }
        if (IsSimple(compact))
        {
            return PasswordProblem.Simple;
        }
        foreach (var word in contextWords)
        {
            var w = Compact(word ?? "");
            if (w.Length >= MinimumContextLength(w) && compact.Contains(w, StringComparison.Ordinal))
            {
                return PasswordProblem.ContainsContext;
            }
        }
        return PasswordProblem.None;
    }

    /// <summary>Lower case, letters and digits only: "Pass word-1234!" and "password1234" are the same password.</summary>
    public static string Compact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();
    }

    private bool IsCommon(string compact)
    {
        if (_common.Contains(compact))
        {
            return true;
        }
        // A listed word with digits before or after it ("password2026", "2026qwerty", "iloveyou520").
        var core = compact.Trim("0123456789".ToCharArray());
        return core.Length >= 4 && core.Length < compact.Length && _common.Contains(core);
    }

    private bool IsSimple(string compact)
    {
        if (compact.Length == 0)
        {
            return true;
        }
        // A unit repeated: "aaaaaaaaaaaa", "abcabcabcabc", "passwordpassword".
        for (var unit = 1; unit <= compact.Length / 2; unit++)
        {
            if (compact.Length % unit == 0 && IsRepetition(compact, unit) && (unit <= 6 || IsCommon(compact[..unit])))
            {
                return true;
            }
        }
        // Pieces of sequences: "qwertyuiop123", "abcdef123456", "a123456789012" (few pieces, or long ones on average).
        var pieces = SequencePieces(compact);
        return pieces <= 2 || pieces * 4 <= compact.Length;
    }

    private static bool IsRepetition(string text, int unit)
    {
        for (var i = unit; i < text.Length; i++)
        {
            if (text[i] != text[i - unit])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The fewest substrings of the sequences the text splits into (greedy longest match is optimal here).</summary>
    private static int SequencePieces(string text)
    {
        var pieces = 0;
        var i = 0;
        while (i < text.Length)
        {
            var length = 1;
            while (i + length < text.Length && Sequences.Any(s => s.Contains(text.AsSpan(i, length + 1), StringComparison.Ordinal)))
            {
                length++;
            }
            i += length;
            pieces++;
        }
        return pieces;
    }

    private static int MinimumContextLength(string word) => word.Any(c => c > 0x2E80) ? 2 : 3;

    private static string[] WithReversed(params string[] sequences) =>
        [.. sequences, .. sequences.Select(s => new string(s.Reverse().ToArray()))];

    private static List<string> ReadShippedList()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("GrantPortal.Infrastructure.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var passwords = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                passwords.Add(line.Trim().ToLower(CultureInfo.InvariantCulture));
            }
        }
        return passwords;
    }
}
