using System.Globalization;

namespace GrantPortal.Domain.Applications;

/// <summary>申报编号: the association's prefix, the category's code and a four-digit sequence per category: GX-2023-3-0042.</summary>
public static class ApplicationNumber
{
    public static string Format(string associationPrefix, string categoryCode, int sequence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(associationPrefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(categoryCode);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return $"{associationPrefix}-{categoryCode}-{sequence.ToString("0000", CultureInfo.InvariantCulture)}";
    }
}
