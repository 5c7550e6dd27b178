using System.Net;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Reviews.Experts;

/// <summary>Staff keep the association's expert pool and link experts to the accounts they sign in with.</summary>
[Collection(PortalCollection.Name)]
public sealed class ExpertPoolTests(PortalFactory factory)
{
    private const string NewPage = "/xinjiang/staff/experts/new";

    private async Task<HttpClient> StaffAsync()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Email("xinjiang", "staff"));
        return client;
    }

    private static Dictionary<string, string> Fields(string name, string organization) => new()
    {
        ["Name"] = name, ["Organization"] = organization, ["Type"] = "Financial", ["Fields"] = "财务管理、审计",
        ["Keywords"] = "预算，绩效", ["RelatedOrganizations"] = "新疆财经大学\n乌鲁木齐会计学会", ["Email"] = "", ["Phone"] = "0991-1234567",
        ["Available"] = "true", ["MaxAssignments"] = "12",
    };

    [Fact]
    public async Task Add_Search_Edit_AndRefuseInvalid()
    {
        var staff = await StaffAsync();
        var name = "测试专家" + Guid.NewGuid().ToString("N")[..6];

        using var created = await staff.PostFormAsync(NewPage, NewPage, Fields(name, "新疆审计厅"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.LocationPath();
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM experts WHERE name = $1 AND max_assignments = 12 AND array_length(related_organizations, 1) = 2", name));

        var found = await staff.GetPageAsync("/xinjiang/staff/experts?q=" + Uri.EscapeDataString(name) + "&type=Financial&availability=yes");
        Assert.Contains(name, found.Text());
        Assert.Contains("新疆审计厅", found.Text());
        Assert.DoesNotContain(name, (await staff.GetPageAsync("/xinjiang/staff/experts?q=" + Uri.EscapeDataString(name) + "&type=Technical")).Text());
        Assert.Contains(name, (await staff.GetPageAsync("/xinjiang/staff/experts?q=绩效")).Text());

        var changed = Fields(name, "新疆财政厅");
        changed["Available"] = "false";
        using (var edited = await staff.PostFormAsync(editUrl, editUrl, changed))
        {
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        }
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM experts WHERE name = $1 AND organization = '新疆财政厅' AND NOT available", name));

        var invalid = Fields("", "新疆财政厅");
        invalid["Type"] = "";
        var before = await factory.CountAsync("SELECT count(*) FROM experts");
        using var refused = await staff.PostFormAsync(NewPage, NewPage, invalid);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = Html.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("请填写专家姓名", page.FieldError("Name"));
        Assert.Equal("请选择专家类型", page.FieldError("Type"));
        Assert.Equal(before, await factory.CountAsync("SELECT count(*) FROM experts"));
    }

    [Fact]
    public async Task Link_ExistingAccount_GetsReviewerRole_NewEmail_CreatesAccountAndMailsInvitation()
    {
        var staff = await StaffAsync();
        var existing = await factory.AddExpertAsync("xinjiang", "关联测试甲", "新疆大学", Domain.Reviews.ExpertType.Technical);
        var page = $"/xinjiang/staff/experts/{existing}";
        var email = DemoAccounts.Email("shanxi", "staff");
        using (var linked = await staff.PostFormAsync(page, page + "/link", new Dictionary<string, string> { ["LinkEmail"] = email }))
        {
            Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        }
        Assert.Equal(1, await factory.CountAsync(
            "SELECT count(*) FROM tenant_memberships m JOIN users u ON u.id = m.user_id JOIN associations a ON a.id = m.tenant_id WHERE a.identifier = 'xinjiang' AND m.role = 'Reviewer' AND u.normalized_email = upper($1)", email));
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM experts e JOIN users u ON u.id = e.user_id WHERE e.id = $1 AND u.normalized_email = upper($2)", existing, email));

        var fresh = await factory.AddExpertAsync("xinjiang", "关联测试乙", "新疆大学", Domain.Reviews.ExpertType.Technical);
        var newEmail = $"expert-{Guid.NewGuid():N}@example.com";
        page = $"/xinjiang/staff/experts/{fresh}";
        using (var invited = await staff.PostFormAsync(page, page + "/link", new Dictionary<string, string> { ["LinkEmail"] = newEmail }))
        {
            Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        }
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM users WHERE normalized_email = upper($1) AND password_hash IS NULL", newEmail));
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM outbox_emails WHERE \"to\" = $1 AND body LIKE '%/xinjiang/review/welcome?user=%'", newEmail));

        // The same account cannot stand for two experts.
        using var twice = await staff.PostFormAsync(page, page + "/link", new Dictionary<string, string> { ["LinkEmail"] = email });
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Equal("该账户已关联到专家库中的另一位专家", Html.Parse(await twice.Content.ReadAsStringAsync()).FieldError("LinkEmail"));
    }

    [Fact]
    public async Task OtherTenantsExpert_Is404()
    {
        var staff = await StaffAsync();
        var guangxi = await factory.AddExpertAsync("guangxi", "外省专家", "广西大学", Domain.Reviews.ExpertType.Technical);
        await staff.GetPageAsync($"/xinjiang/staff/experts/{guangxi}", HttpStatusCode.NotFound);
        var token = (await staff.GetPageAsync(NewPage)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var url in new[] { $"/xinjiang/staff/experts/{guangxi}", $"/xinjiang/staff/experts/{guangxi}/link" })
        {
            using var response = await staff.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}
