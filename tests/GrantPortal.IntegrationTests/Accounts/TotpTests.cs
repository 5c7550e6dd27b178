using System.Text;
using GrantPortal.Infrastructure.Identity;

namespace GrantPortal.IntegrationTests.Accounts;

/// <summary>RFC 6238 codes (its appendix B test vectors, SHA-1), the ±1 step window and base32 secrets.</summary>
public sealed class TotpTests
{
    private static readonly byte[] RfcKey = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void Code_MatchesRfc6238TestVectors(long unixSeconds, string expected)
    {
        var step = Totp.StepOf(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

        Assert.Equal(expected, Totp.Code(RfcKey, step, digits: 8));
        Assert.Equal(expected[2..], Totp.Code(RfcKey, step));
    }

    [Fact]
    public void MatchingStep_AcceptsOneStepEitherSideOnly()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_015);
        var step = Totp.StepOf(now);

        Assert.Equal(step, Totp.MatchingStep(RfcKey, Totp.Code(RfcKey, step), now));
        Assert.Equal(step - 1, Totp.MatchingStep(RfcKey, Totp.Code(RfcKey, step - 1), now));
        Assert.Equal(step + 1, Totp.MatchingStep(RfcKey, Totp.Code(RfcKey, step + 1), now));
        Assert.Null(Totp.MatchingStep(RfcKey, Totp.Code(RfcKey, step - 2), now));
        Assert.Null(Totp.MatchingStep(RfcKey, Totp.Code(RfcKey, step + 2), now));
    }

    [Fact]
    public void Base32_RoundTripsAndReadsGroupedLowerCaseSecrets()
    {
        var secret = Base32.Encode(RfcKey);

        Assert.Equal("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", secret);
        Assert.Equal(RfcKey, Base32.Decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
    }

    [Fact]
    public void Uri_IsTheOtpauthAddressAuthenticatorAppsRead()
    {
        Assert.Equal(
            "otpauth://totp/GrantPortal:li%40example.com?secret=ABCD&issuer=GrantPortal&algorithm=SHA1&digits=6&period=30",
            Totp.Uri("GrantPortal", "li@example.com", "ABCD"));
    }

    [Theory]
    [InlineData("123456", "123456")]
    [InlineData(" 123 456 ", "123456")]
    [InlineData("123-456", "123456")]
    [InlineData("12345", null)]
    [InlineData("ABCDE-FGHJK", null)]
    public void Normalize_ReadsSixDigitsAsTyped(string typed, string? expected) => Assert.Equal(expected, TotpTokenProvider.Normalize(typed));

    [Fact]
    public void RecoveryCodeHash_IgnoresCaseSpacesAndDashes()
    {
        Assert.Equal(PortalUserManager.RecoveryCodeHash("ABCDE-FGHJK"), PortalUserManager.RecoveryCodeHash(" abcde fghjk"));
        Assert.NotEqual(PortalUserManager.RecoveryCodeHash("ABCDE-FGHJK"), PortalUserManager.RecoveryCodeHash("ABCDE-FGHJL"));
    }
}
