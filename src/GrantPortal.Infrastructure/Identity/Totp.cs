using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace GrantPortal.Infrastructure.Identity;

/// <summary>Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps from the Unix epoch.</summary>
public static class Totp
{
    public const int StepSeconds = 30;
    public const int Digits = 6;

    /// <summary>The time step an instant falls in.</summary>
    public static long StepOf(DateTimeOffset instant) => instant.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The code of one time step, zero-padded to <paramref name="digits"/> digits.</summary>
    public static string Code(byte[] key, long step, int digits = Digits)
    {
        ArgumentNullException.ThrowIfNull(key);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1; its use here is not collision-sensitive.
        HMACSHA1.HashData(key, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        var modulus = (int)Math.Pow(10, digits);
        return (binary % modulus).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>
    /// The step within ±<paramref name="window"/> steps of <paramref name="now"/> whose code is <paramref name="code"/>
    /// (every candidate compared in constant time), or null.
    /// </summary>
    public static long? MatchingStep(byte[] key, string code, DateTimeOffset now, int window = 1)
    {
        ArgumentNullException.ThrowIfNull(code);
        var given = Encoding.ASCII.GetBytes(code);
        var current = StepOf(now);
        long? found = null;
        for (var step = current - window; step <= current + window; step++)
        {
            var expected = Encoding.ASCII.GetBytes(Code(key, step, code.Length is >= 6 and <= 8 ? code.Length : Digits));
            if (CryptographicOperations.FixedTimeEquals(expected, given) && found is null)
            {
                found = step;
            }
        }
        return found;
    }

    /// <summary>The otpauth:// address an authenticator app reads from the QR code.</summary>
    public static string Uri(string issuer, string account, string base32Secret) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(account)}?secret={base32Secret}&issuer={System.Uri.EscapeDataString(issuer)}&algorithm=SHA1&digits={Digits}&period={StepSeconds}";
}
