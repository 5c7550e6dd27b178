namespace GrantPortal.Domain.Eligibility;

/// <summary>
/// 综合能力评价等级: "A" is best, then "B", "C" …; star forms ("5A", "AAAAA") compare by the number of A's.
/// </summary>
public static class CapabilityGrade
{
    /// <summary>Whether <paramref name="actual"/> is at least as good as <paramref name="required"/>.</summary>
    public static bool MeetsOrExceeds(string? actual, string? required)
    {
        var have = Normalize(actual);
        var need = Normalize(required);
        if (need.Length == 0)
        {
            return have.Length > 0;
        }
        if (have.Length == 0)
        {
            return false;
        }
        if (string.Equals(have, need, StringComparison.Ordinal))
        {
            return true;
        }
        if (Stars(have) is { } haveStars && Stars(need) is { } needStars)
        {
            return haveStars >= needStars;
        }
        if (have.Length == 1 && need.Length == 1 && char.IsAsciiLetterUpper(have[0]) && char.IsAsciiLetterUpper(need[0]))
        {
            return have[0] <= need[0];
        }
        return false;
    }

    public static string Normalize(string? grade) => (grade ?? "").Trim().ToUpperInvariant();

    private static int? Stars(string grade)
    {
        if (grade.Length >= 2 && char.IsAsciiDigit(grade[0]) && grade[1..] == "A")
        {
            return grade[0] - '0';
        }
        return grade.Length >= 2 && grade.All(c => c == 'A') ? grade.Length : null;
    }
}
