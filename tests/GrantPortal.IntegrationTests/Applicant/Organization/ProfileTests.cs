using System.Net;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Applicant.Organization;

/// <summary>单位信息: saved by the organisation's applicants, refused when stale, never someone else's.</summary>
[Collection(PortalCollection.Name)]
public sealed class ProfileTests(PortalFactory factory)
{
    private static Dictionary<string, string> Profile(int revision, string chair = "赵六") => new()
    {
        ["Revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["LegalRepresentative"] = "王五",
        ["Chair"] = chair,
        ["SecretaryGeneral"] = "钱七",
        ["SecretaryGeneralFullTime"] = "true",
        ["SupportingUnit"] = "新疆科协",
        ["FinanceSystem"] = "HostManaged",
        ["MemberCount"] = "1200",
        ["GroupMemberCount"] = "35",
        ["StaffCount"] = "4",
        ["Address"] = "乌鲁木齐市测试路 1 号",
        ["PostalCode"] = "830000",
        ["Website"] = "https://example.org",
        ["ContactName"] = "李四",
        ["ContactPhone"] = "13800000000",
        ["ContactEmail"] = "li@example.com",
        ["SecondContactName"] = "",
        ["SecondContactPhone"] = "",
        ["SecondContactEmail"] = "",
    };

    [Fact]
    public async Task Save_StoresTheProfile_AndShowsItAgain()
    {
        var owner = await OrganizationOwner.RegisterAsync(factory);
        var page = await owner.Client.GetPageAsync(owner.Home);
        Assert.Equal("0", page.QuerySelector("input[name=Revision]")!.GetAttribute("value"));

        using var response = await owner.Client.PostFormAsync(owner.Home, owner.Home, Profile(0));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("HostManaged", await factory.ScalarAsync("SELECT finance_system FROM applicant_organizations WHERE id = $1", owner.OrganizationId));
        Assert.Equal(1, await factory.ScalarAsync("SELECT revision FROM applicant_organizations WHERE id = $1", owner.OrganizationId));
        Assert.Equal(1200, await factory.ScalarAsync("SELECT member_count FROM applicant_organizations WHERE id = $1", owner.OrganizationId));
        var again = await owner.Client.GetPageAsync(owner.Home);
        Assert.Equal("赵六", again.GetElementById("Chair")!.GetAttribute("value"));
        Assert.Equal("1", again.QuerySelector("input[name=Revision]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Save_BadInput_ChangesNothing()
    {
        var owner = await OrganizationOwner.RegisterAsync(factory);
        var form = Profile(0);
        form["StaffCount"] = "-3";
        form["PostalCode"] = "12";
        form["SecondContactPhone"] = "13800000000";

        using var response = await owner.Client.PostFormAsync(owner.Home, owner.Home, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.FieldError("StaffCount"));
        Assert.NotNull(page.FieldError("PostalCode"));
        Assert.NotNull(page.FieldError("SecondContactName"));
        Assert.Equal("赵六", page.GetElementById("Chair")!.GetAttribute("value"));
        Assert.Equal(0, await factory.ScalarAsync("SELECT revision FROM applicant_organizations WHERE id = $1", owner.OrganizationId));
    }

    [Fact]
    public async Task StaleSave_ShowsTheCurrentValues_AndKeepsTheInput()
    {
        var owner = await OrganizationOwner.RegisterAsync(factory);
        using (var first = await owner.Client.PostFormAsync(owner.Home, owner.Home, Profile(0, chair: "先保存的人")))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var stale = await owner.Client.PostFormAsync(owner.Home, owner.Home, Profile(0, chair: "后保存的人"));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = Html.Parse(await stale.Content.ReadAsStringAsync());
        Assert.Contains("单位信息已被他人修改", page.Text(), StringComparison.Ordinal);
        Assert.Contains("先保存的人", page.QuerySelector(".conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("后保存的人", page.GetElementById("Chair")!.GetAttribute("value"));
        Assert.Equal("1", page.QuerySelector("input[name=Revision]")!.GetAttribute("value"));
        Assert.Equal("先保存的人", await factory.ScalarAsync("SELECT chair FROM applicant_organizations WHERE id = $1", owner.OrganizationId));
    }

    [Fact]
    public async Task OtherTenant_HasNoOrganizationPage()
    {
        var owner = await OrganizationOwner.RegisterAsync(factory);
        using var response = await owner.Client.GetAsync("/guangxi/my/organization");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
