using GrantPortal.Domain.Organizations;

namespace GrantPortal.Domain.Applications;

/// <summary>
/// 联合申报: the applying organisation leads (牵头单位); its partner units are the rows of the form's
/// <see cref="FormKeys.Partners"/> table. Later stages read them from here (conflicts of interest name partner units too).
/// </summary>
public static class JointApplication
{
    public const string NameColumn = "name";
    public const string CreditCodeColumn = "creditCode";
    public const string RoleColumn = "role";

    /// <summary>The partner units named in the answers, in row order; rows without a name are skipped.</summary>
    public static IReadOnlyList<PartnerUnit> Partners(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var prefix = FormKeys.Partners + ".";
        return values.Keys
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k.EndsWith("." + NameColumn, StringComparison.Ordinal))
            .Select(k => k[prefix.Length..^(NameColumn.Length + 1)])
            .Where(row => int.TryParse(row, System.Globalization.CultureInfo.InvariantCulture, out _))
            .OrderBy(row => int.Parse(row, System.Globalization.CultureInfo.InvariantCulture))
            .Select(row => new PartnerUnit(
                values[$"{prefix}{row}.{NameColumn}"],
                values.GetValueOrDefault($"{prefix}{row}.{CreditCodeColumn}"),
                values.GetValueOrDefault($"{prefix}{row}.{RoleColumn}")))
            .Where(p => !string.IsNullOrWhiteSpace(p.Name))
            .ToList();
    }

    /// <summary>Problems with the partners, in Chinese: an invalid credit code, the lead named as its own partner, a partner twice.</summary>
    public static IEnumerable<string> Problems(IReadOnlyList<PartnerUnit> partners, string leadName, string leadCreditCode)
    {
        ArgumentNullException.ThrowIfNull(partners);
        foreach (var partner in partners)
        {
            if (partner.CreditCode is { Length: > 0 } code && !UnifiedSocialCreditCode.TryParse(code, out _))
            {
                yield return $"合作单位“{partner.Name}”的统一社会信用代码“{code}”无效";
            }
            if (string.Equals(partner.Name.Trim(), leadName.Trim(), StringComparison.Ordinal) || string.Equals(partner.CreditCode, leadCreditCode, StringComparison.OrdinalIgnoreCase))
            {
                yield return $"牵头单位“{leadName}”不能同时列为合作单位";
            }
        }
        foreach (var duplicate in partners.GroupBy(p => p.Name.Trim(), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"合作单位“{duplicate.Key}”重复列出";
        }
    }
}
