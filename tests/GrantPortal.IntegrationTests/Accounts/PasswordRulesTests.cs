using GrantPortal.Infrastructure.Identity;
using GrantPortal.Infrastructure.Seeding;

namespace GrantPortal.IntegrationTests.Accounts;

/// <summary>The password rules on their own (no app): the shipped list, repetitions, sequences, context words.</summary>
public sealed class PasswordRulesTests
{
    private static readonly string[] Context = ["li.wei2026", "李伟", "xinjiang", "新疆维吾尔自治区科学技术协会", "新疆科协"];

    private static PasswordProblem Check(string password) => PasswordRules.Default.Check(password, Context);

    [Fact]
    public void ShippedList_HasSeveralHundredPasswordsOfTwelveOrMore()
    {
        Assert.True(PasswordRules.Default.CommonCount > 1000);
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("Password1234")]
    [InlineData("PASSWORD 1234")]
    [InlineData("iloveyou1234")]
    [InlineData("woaini1314520")]
    [InlineData("Password2026!")]
    [InlineData("2026password")]
    [InlineData("P@ssw0rd12345")]
    [InlineData("qwertyuiop123")]
    [InlineData("1234567890ab")]
    [InlineData("a123456789012")]
    public void Check_CommonPassword_IsRefused(string password) => Assert.Equal(PasswordProblem.Common, Check(password));

    [Theory]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("############")]
    [InlineData("abcabcabcabc")]
    [InlineData("123412341234")]
    [InlineData("abcdefghijklmn")]
    [InlineData("123456789012")]
    [InlineData("098765432109")]
    [InlineData("1234567890xy")]
    [InlineData("z123456789012")]
    [InlineData("asdfghjklzxcvbnm")]
    [InlineData("1qaz2wsx3edc4rfv5tgb")]
    [InlineData("zyxwvutsrqponm")]
    public void Check_RepetitionOrSequence_IsRefused(string password) => Assert.Equal(PasswordProblem.Simple, Check(password));

    [Theory]
    [InlineData("my-Li.Wei2026-secret")]
    [InlineData("李伟的长长的密码啊")]
    [InlineData("Xinjiang-Grants-Rock")]
    [InlineData("我爱新疆科协的项目申报")]
    public void Check_ContainsContextWord_IsRefused(string password) => Assert.Equal(PasswordProblem.ContainsContext, Check(password));

    [Theory]
    [InlineData("青山绿水科技协会2026")]
    [InlineData("correct horse battery staple")]
    [InlineData(DemoAccounts.Password)]
    [InlineData("Registration-Pass-2026")]
    [InlineData("Initial-Staff-Pass-2026")]
    [InlineData("a-long-initial-password")]
    public void Check_GoodPassphrase_IsAccepted(string password) => Assert.Equal(PasswordProblem.None, Check(password));

    [Fact]
    public void Check_LongPassphrases_AreAcceptedUpToTheLimit()
    {
        var long128 = string.Concat(Enumerable.Range(0, 20).Select(i => $"山{i}水 river{i * 7} "))[..128];
        Assert.Equal(PasswordProblem.None, Check(long128));
        Assert.Equal(PasswordProblem.TooLong, Check(new string('x', PasswordRules.MaxLength) + "y"));
    }

    [Fact]
    public void Check_ShortContextWords_AreIgnored()
    {
        Assert.Equal(PasswordProblem.None, PasswordRules.Default.Check("river-stone-garden-2026", ["ri", "st"]));
    }
}
