using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GrantPortal.Domain.Applications;

namespace GrantPortal.Domain.Agreements;

/// <summary>
/// 任务书校验码: like an application's <see cref="VerificationCode"/> (sixteen Crockford base-32 characters, 80 bits of
/// SHA-256, read and shown with <see cref="VerificationCode.Normalize"/> and <see cref="VerificationCode.Display"/>),
/// derived from the agreement, the version number and everything the version says, so any change of content gives a
/// new code.
/// </summary>
public static class AgreementCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string For(Guid agreementId, int version, AgreementContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var canonical = new StringBuilder()
            .Append("task-agreement\n")
            .Append(agreementId.ToString("N")).Append('\n')
            .Append(version.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(JsonSerializer.Serialize(content));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString()));
        var code = new char[VerificationCode.Length];
        for (var i = 0; i < code.Length; i++)
        {
            var bit = i * 5;
            var chunk = (hash[bit / 8] << 8 | hash[bit / 8 + 1]) >> (11 - bit % 8) & 31;
            code[i] = Alphabet[chunk];
        }
        return new string(code);
    }
}
