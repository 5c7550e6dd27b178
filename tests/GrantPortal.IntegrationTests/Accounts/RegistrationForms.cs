using System.Security.Cryptography;
using GrantPortal.Domain.Organizations;

namespace GrantPortal.IntegrationTests.Accounts;

/// <summary>Valid, unique registration forms, so tests sharing the seeded database never collide.</summary>
internal static class RegistrationForms
{
    public const string Password = "Registration-Pass-2026";
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>A valid 统一社会信用代码: "91" (enterprise), 15 random characters, and the check character.</summary>
    public static string NewCreditCode()
    {
        var first17 = "91" + new string(Enumerable.Range(0, 15).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray());
        return first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
    }

    /// <summary>The same code with a different, wrong last character.</summary>
    public static string WithWrongCheckCharacter(string code) =>
        code[..17] + Alphabet[(Alphabet.IndexOf(code[17], StringComparison.Ordinal) + 1) % Alphabet.Length];

    public static string NewEmail(string prefix = "reg") => $"{prefix}-{Guid.NewGuid():N}@example.com";

    /// <summary>A new organisation with its first user.</summary>
    public static Dictionary<string, string> New(string? creditCode = null, string? email = null, string contactPhone = "0771-2630981")
        => new(OrganizationOnly(creditCode, contactPhone))
        {
            ["DisplayName"] = "李四",
            ["Email"] = email ?? NewEmail(),
            ["Password"] = Password,
            ["ConfirmPassword"] = Password,
        };

    /// <summary>Only the organisation's fields: what a signed-in person fills in.</summary>
    public static Dictionary<string, string> OrganizationOnly(string? creditCode = null, string contactPhone = "0771-2630981") => new()
    {
        ["OrganizationName"] = $"测试学会{Guid.NewGuid().ToString("N")[..8]}",
        ["ApplicantType"] = nameof(ApplicantType.Society),
        ["CreditCode"] = creditCode ?? NewCreditCode(),
        ["Address"] = "南宁市青秀区测试路 1 号",
        ["ContactName"] = "张三",
        ["ContactPhone"] = contactPhone,
        ["ContactEmail"] = NewEmail("contact"),
    };
}
