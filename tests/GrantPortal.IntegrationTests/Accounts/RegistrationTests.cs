using System.Net;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Accounts;

/// <summary>申报单位注册: the organisation, its first user and the Applicant role are saved together, per association, or not at all.</summary>
[Collection(PortalCollection.Name)]
public sealed class RegistrationTests(PortalFactory factory)
{
    private Task<long> OrganizationsWithCodeAsync(string tenant, string creditCode) => factory.CountAsync(
        "SELECT count(*) FROM applicant_organizations o JOIN associations a ON a.id = o.tenant_id WHERE a.identifier = $1 AND o.credit_code = $2",
        tenant, creditCode);

    private Task<long> MembershipsAsync(string email, string tenant, string role) => factory.CountAsync(
        """
        SELECT count(*) FROM tenant_memberships m JOIN users u ON u.id = m.user_id JOIN associations a ON a.id = m.tenant_id
        WHERE u.normalized_email = upper($1) AND a.identifier = $2 AND m.role = $3
        """,
        email, tenant, role);

    private static async Task<HttpResponseMessage> RegisterAsync(HttpClient client, string tenant, Dictionary<string, string> form) =>
        await client.PostFormAsync($"/{tenant}/register", $"/{tenant}/register", form);

    [Fact]
    public async Task Register_ValidForm_SavesOrganizationUserAndApplicantRoleAndSignsIn()
    {
        var client = factory.Browser();
        var form = RegistrationForms.New();
        var before = await factory.AccountRowsAsync();

        using var response = await RegisterAsync(client, "xinjiang", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/xinjiang", response.LocationPath());
        Assert.True(response.SetsCookie("gp.auth"), "the new user should be signed in");
        var after = await factory.AccountRowsAsync();
        Assert.Equal((before.Organizations + 1, before.Users + 1, before.Memberships + 1), after);
        Assert.Equal(1, await OrganizationsWithCodeAsync("xinjiang", form["CreditCode"]));
        Assert.Equal(1, await MembershipsAsync(form["Email"], "xinjiang", "Applicant"));
        Assert.Equal(1, await factory.CountAsync(
            """
            SELECT count(*) FROM tenant_memberships m JOIN users u ON u.id = m.user_id JOIN applicant_organizations o ON o.id = m.organization_id
            WHERE u.normalized_email = upper($1) AND o.credit_code = $2 AND o.tenant_id = m.tenant_id
            """,
            form["Email"], form["CreditCode"]));
        var home = await client.GetPageAsync("/");
        Assert.Contains("我的科协", home.Text());
        Assert.NotNull(home.QuerySelector("ul.plain a[href='/xinjiang']"));
    }

    [Fact]
    public async Task Register_WrongCheckCharacter_ShowsMessageAtCreditCodeAndSavesNothing()
    {
        var form = RegistrationForms.New();
        form["CreditCode"] = RegistrationForms.WithWrongCheckCharacter(form["CreditCode"]);
        var before = await factory.AccountRowsAsync();

        using var response = await RegisterAsync(factory.Browser(), "xinjiang", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("统一社会信用代码不正确", page.FieldError("CreditCode"));
        Assert.False(response.SetsCookie("gp.auth"));
        Assert.Equal(before, await factory.AccountRowsAsync());
    }

    public static TheoryData<string, string, string, string> InvalidFields => new()
    {
        { "Email", "applicant@hunan.example.com", "Email", "该邮箱已注册" },
        { "Password", "abcdefghijk", "Password", "密码至少需要 12 个字符" },
        { "ConfirmPassword", "Another-Pass-2026", "ConfirmPassword", "两次输入的密码不一致" },
        { "OrganizationName", new string('会', 101), "OrganizationName", "单位名称不能超过 100 个字" },
        { "ApplicantType", "", "ApplicantType", "请选择单位类型" },
        { "ContactPhone", "1391234567", "ContactPhone", "请填写正确的手机号或固定电话" },
        { "ContactPhone", "电话 0771", "ContactPhone", "请填写正确的手机号或固定电话" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Register_InvalidField_ShowsChineseMessageAtFieldAndSavesNothing(string field, string value, string errorField, string message)
    {
        var form = RegistrationForms.New();
        form[field] = value;
        if (field == "Password")
        {
            form["ConfirmPassword"] = value; // only the strength is wrong
        }
        var before = await factory.AccountRowsAsync();

        using var response = await RegisterAsync(factory.Browser(), "hunan", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        var error = page.FieldError(errorField);
        Assert.True(error is not null && error.Contains(message, StringComparison.Ordinal), $"{errorField}: expected “{message}”, got “{error}”");
        Assert.Equal(before, await factory.AccountRowsAsync());
        Assert.Equal(0, await OrganizationsWithCodeAsync("hunan", form["CreditCode"]));
    }

    [Fact]
    public async Task Register_SameCreditCodeTwiceInOneAssociation_IsRefusedButAllowedInAnother()
    {
        var code = RegistrationForms.NewCreditCode();
        using (var first = await RegisterAsync(factory.Browser(), "shanxi", RegistrationForms.New(code)))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }
        var before = await factory.AccountRowsAsync();

        using (var again = await RegisterAsync(factory.Browser(), "shanxi", RegistrationForms.New(code)))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            var page = Html.Parse(await again.Content.ReadAsStringAsync());
            Assert.Contains("该统一社会信用代码已在本科协注册", page.FieldError("CreditCode"));
        }
        Assert.Equal(before, await factory.AccountRowsAsync());
        Assert.Equal(1, await OrganizationsWithCodeAsync("shanxi", code));

        using (var elsewhere = await RegisterAsync(factory.Browser(), "guangxi", RegistrationForms.New(code)))
        {
            Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
            Assert.Equal("/guangxi", elsewhere.LocationPath());
        }
        Assert.Equal(1, await OrganizationsWithCodeAsync("guangxi", code));
        Assert.Equal(1, await OrganizationsWithCodeAsync("shanxi", code));
    }

    [Fact]
    public async Task Register_SignedInInAnotherAssociation_AddsApplicantRoleWithoutNewAccount()
    {
        var client = factory.Browser();
        var form = RegistrationForms.New();
        using (var first = await RegisterAsync(client, "xinjiang", form))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }
        var page = await client.GetPageAsync("/hunan/register");
        Assert.Null(page.QuerySelector("input[name=Password]")); // no account fields when signed in
        var users = await factory.CountAsync("SELECT count(*) FROM users");
        var second = RegistrationForms.OrganizationOnly();

        using var response = await RegisterAsync(client, "hunan", second);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/hunan", response.LocationPath());
        Assert.Equal(users, await factory.CountAsync("SELECT count(*) FROM users"));
        Assert.Equal(1, await MembershipsAsync(form["Email"], "xinjiang", "Applicant"));
        Assert.Equal(1, await MembershipsAsync(form["Email"], "hunan", "Applicant"));
        Assert.Equal(1, await OrganizationsWithCodeAsync("hunan", second["CreditCode"]));
    }
}
