using GrantPortal.Domain.Organizations;

namespace GrantPortal.Domain.Tests.Organizations;

/// <summary>
/// Tests for <see cref="UnifiedSocialCreditCode"/> (GB 32100-2015). 91350100M000100Y43 is the standard's own example;
/// the other valid codes below were made by computing their check character.
/// </summary>
public class UnifiedSocialCreditCodeTests
{
    private const string StandardExample = "91350100M000100Y43";

    [Theory]
    [InlineData(StandardExample)]
    [InlineData("12100000400000000W")]
    [InlineData("93110108MA00000004")]
    [InlineData("52100000500012345Y")]
    [InlineData("914403007152672630")] // weighted sum divisible by 31: check character 0
    public void TryParse_ValidCode_ReturnsCode(string input)
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(input, out var code));
        Assert.Equal(input, code!.Value);
        Assert.Equal(input, code.ToString());
        Assert.True(UnifiedSocialCreditCode.IsValid(input));
    }

    [Theory]
    [InlineData("91350100M000100Y4", '3')]
    [InlineData("12100000400000000", 'W')]
    [InlineData("93110108MA0000000", '4')]
    [InlineData("52100000500012345", 'Y')]
    [InlineData("91440300715267263", '0')]
    public void CheckCharacter_First17_ComputesTheStandardsCheck(string first17, char expected)
    {
        Assert.Equal(expected, UnifiedSocialCreditCode.CheckCharacter(first17));
    }

    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("91350100M000100Y40")]
    [InlineData("12100000400000000X")]
    public void TryParse_WrongCheckCharacter_Refused(string input)
    {
        Assert.False(UnifiedSocialCreditCode.TryParse(input, out var code));
        Assert.Null(code);
    }

    [Fact]
    public void TryParse_SwappedCharacters_Refused()
    {
        Assert.False(UnifiedSocialCreditCode.IsValid("91351000M000100Y43"));
    }

    [Theory]
    [InlineData("91350100m000100y43")]
    [InlineData("  91350100M000100Y43  ")]
    [InlineData("\t91350100m000100Y43\n")]
    public void TryParse_LowercaseOrSurroundingSpaces_Normalised(string input)
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(input, out var code));
        Assert.Equal(StandardExample, code!.Value);
    }

    [Fact]
    public void Normalize_TrimsAndUppercases()
    {
        Assert.Equal(StandardExample, UnifiedSocialCreditCode.Normalize(" 91350100m000100y43 "));
        Assert.Equal("", UnifiedSocialCreditCode.Normalize(null));
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    public void TryParse_ExcludedLetter_Refused(char letter)
    {
        // Put the letter in place of the M of the standard example, and also as the check character.
        Assert.False(UnifiedSocialCreditCode.IsValid($"91350100{letter}000100Y43"));
        Assert.False(UnifiedSocialCreditCode.IsValid($"91350100M000100Y4{letter}"));
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.CheckCharacter($"91350100{letter}000100Y4"));
    }

    [Theory]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y430")]
    [InlineData("91350100M000100Y43 0")]
    public void TryParse_WrongLength_Refused(string input)
    {
        Assert.False(UnifiedSocialCreditCode.IsValid(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryParse_NullOrEmpty_Refused(string? input)
    {
        Assert.False(UnifiedSocialCreditCode.TryParse(input, out var code));
        Assert.Null(code);
    }

    [Theory]
    [InlineData("91350100-000100Y43")]
    [InlineData("9135０100M000100Y43")]
    public void TryParse_CharacterOutsideAlphabet_Refused(string input)
    {
        Assert.False(UnifiedSocialCreditCode.IsValid(input));
    }

    [Theory]
    [InlineData("91350100M000100Y")]
    [InlineData("91350100M000100Y43")]
    public void CheckCharacter_Not17Characters_Throws(string input)
    {
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.CheckCharacter(input));
    }

    [Fact]
    public void Equality_SameNormalisedValue_Equal()
    {
        Assert.True(UnifiedSocialCreditCode.TryParse("91350100m000100y43", out var lower));
        Assert.True(UnifiedSocialCreditCode.TryParse(StandardExample, out var upper));

        Assert.Equal(upper, lower);
    }
}
