using System.Net;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Accounts;

/// <summary>Identity applies the password rules wherever a password is set: registration shows why, in Chinese, and saves nothing.</summary>
[Collection(PortalCollection.Name)]
public sealed class PasswordPolicyTests(PortalFactory factory)
{
    [Theory]
    [InlineData("password1234", "最常见的密码")]
    [InlineData("woaini1314520", "最常见的密码")]
    [InlineData("abcdefghijklmn", "简单序列")]
    [InlineData("xxxxxxxxxxxx", "简单序列")]
    [InlineData("Xinjiang-Grants-2026", "本科协的名称")]
    public async Task Register_WeakPassword_ShowsWhyAndCreatesNoUser(string password, string message)
    {
        var form = RegistrationForms.New();
        form["Password"] = form["ConfirmPassword"] = password;
        var before = await factory.AccountRowsAsync();

        using var response = await factory.Browser().PostFormAsync("/xinjiang/register", "/xinjiang/register", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page.FieldError("Password"));
        Assert.False(response.SetsCookie("gp.auth"));
        Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM users WHERE normalized_email = upper($1)", form["Email"]));
        Assert.Equal(before, await factory.AccountRowsAsync());
    }

    [Fact]
    public async Task Register_PasswordContainingTheEmailName_IsRefused()
    {
        var form = RegistrationForms.New();
        var localPart = form["Email"].Split('@')[0];
        form["Password"] = form["ConfirmPassword"] = "My " + localPart.ToUpperInvariant() + " key";

        using var response = await factory.Browser().PostFormAsync("/hunan/register", "/hunan/register", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("邮箱名", Html.Parse(await response.Content.ReadAsStringAsync()).FieldError("Password"));
        Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM users WHERE normalized_email = upper($1)", form["Email"]));
    }

    [Fact]
    public async Task Register_GoodChinesePassphrase_IsAccepted()
    {
        var form = RegistrationForms.New();
        form["Password"] = form["ConfirmPassword"] = "青山绿水科技协会2026";

        using var response = await factory.Browser().PostFormAsync("/guangxi/register", "/guangxi/register", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM users WHERE normalized_email = upper($1)", form["Email"]));
    }
}
