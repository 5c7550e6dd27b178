using System.Net;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Accounts;

/// <summary>An association's admin grants staff, reviewer and admin roles there, creating the account when the e-mail is new.</summary>
[Collection(PortalCollection.Name)]
public sealed class AdminUserTests(PortalFactory factory)
{
    private const string NewUserPage = "/xinjiang/admin/users/new";

    private async Task<HttpClient> XinjiangAdminAsync()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Email("xinjiang", "admin"));
        return client;
    }

    private async Task<List<(string Tenant, string Role)>> RolesAsync(string email)
    {
        await using var connection = new Npgsql.NpgsqlConnection(factory.Database.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            """
            SELECT a.identifier, m.role FROM tenant_memberships m JOIN users u ON u.id = m.user_id JOIN associations a ON a.id = m.tenant_id
            WHERE u.normalized_email = upper($1) ORDER BY a.identifier, m.role
            """, connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = email });
        await using var reader = await command.ExecuteReaderAsync();
        var roles = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            roles.Add((reader.GetString(0), reader.GetString(1)));
        }
        return roles;
    }

    [Fact]
    public async Task New_StaffWithInitialPassword_CreatesAccountThatSignsInAsXinjiangStaffOnly()
    {
        var admin = await XinjiangAdminAsync();
        var email = RegistrationForms.NewEmail("staff");
        const string password = "Initial-Staff-Pass-2026";

        using var response = await admin.PostFormAsync(NewUserPage, NewUserPage, new Dictionary<string, string>
        {
            ["Email"] = email, ["DisplayName"] = "王工作", ["Role"] = "Staff", ["InitialPassword"] = password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/xinjiang/admin/users", response.LocationPath());
        Assert.Equal([("xinjiang", "Staff")], await RolesAsync(email));
        Assert.Contains(email, (await admin.GetPageAsync("/xinjiang/admin/users")).Text());
        var staff = factory.Browser();
        using (var login = await staff.PostFormAsync("/account/login", "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            Assert.Equal("/xinjiang", login.LocationPath());
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.FollowAsync("/xinjiang/admin/users")).Status);
    }

    [Fact]
    public async Task New_ExistingPersonFromAnotherAssociation_AddsSecondAssociationWithoutChangingPassword()
    {
        var admin = await XinjiangAdminAsync();
        var email = DemoAccounts.Email("guangxi", "staff");
        var hash = await factory.ScalarAsync("SELECT password_hash FROM users WHERE normalized_email = upper($1)", email);
        var users = await factory.CountAsync("SELECT count(*) FROM users");

        using var response = await admin.PostFormAsync(NewUserPage, NewUserPage, new Dictionary<string, string>
        {
            ["Email"] = email, ["DisplayName"] = "另一个名字", ["Role"] = "Reviewer", ["InitialPassword"] = "Ignored-Password-2026",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([("guangxi", "Staff"), ("xinjiang", "Reviewer")], await RolesAsync(email));
        Assert.Equal(users, await factory.CountAsync("SELECT count(*) FROM users"));
        Assert.Equal(hash, await factory.ScalarAsync("SELECT password_hash FROM users WHERE normalized_email = upper($1)", email));
        var person = factory.Browser();
        await person.SignInAsync(email); // the demo password still works
        var home = await person.GetPageAsync("/");
        Assert.NotNull(home.QuerySelector("ul.plain a[href='/xinjiang']"));
        Assert.NotNull(home.QuerySelector("ul.plain a[href='/guangxi']"));

        using var again = await admin.PostFormAsync(NewUserPage, NewUserPage, new Dictionary<string, string>
        {
            ["Email"] = email, ["DisplayName"] = "另一个名字", ["Role"] = "Reviewer",
        });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("此人已拥有该角色", Html.Parse(await again.Content.ReadAsStringAsync()).FieldError("Role"));
    }

    public static TheoryData<string, string, string, string, string> InvalidForms => new()
    {
        // email (NEW = a fresh address), role, initial password, field, message
        { "NEW", "", "Initial-Pass-2026!", "Role", "请选择角色" },
        { "NEW", "Applicant", "Initial-Pass-2026!", "Role", "管理员只能授予工作人员、评审专家或管理员角色" },
        { "NEW", "Staff", "short-pass1", "InitialPassword", "初始密码至少需要 12 个字符" },
        { "NEW", "Staff", "", "InitialPassword", "新账户需要设置初始密码" },
        { "not-an-email", "Staff", "Initial-Pass-2026!", "Email", "邮箱格式不正确" },
    };

    [Theory]
    [MemberData(nameof(InvalidForms))]
    public async Task New_InvalidForm_ShowsChineseMessageAndSavesNothing(string email, string role, string password, string field, string message)
    {
        var admin = await XinjiangAdminAsync();
        var before = await factory.AccountRowsAsync();

        using var response = await admin.PostFormAsync(NewUserPage, NewUserPage, new Dictionary<string, string>
        {
            ["Email"] = email == "NEW" ? RegistrationForms.NewEmail("staff") : email, ["DisplayName"] = "王工作", ["Role"] = role, ["InitialPassword"] = password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = Html.Parse(await response.Content.ReadAsStringAsync()).FieldError(field);
        Assert.True(error is not null && error.Contains(message, StringComparison.Ordinal), $"{field}: expected “{message}”, got “{error}”");
        Assert.Equal(before, await factory.AccountRowsAsync());
    }
}
