using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Forms;
using GrantPortal.Domain.Organizations;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Identity;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Applicant.Applications;

/// <summary>
/// The applicant's form page on the real app: values shown, saves, a stale save refused with the input kept, autosave
/// JSON and 409, uploads checked by content and size and downloaded under their Chinese name, the check page, and no
/// way into another organisation's application.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ApplicationFillTests(PortalFactory factory)
{
    private const string Tenant = "guangxi";

    private static FormSchema Schema() => new()
    {
        Title = "测试申报表",
        Sections =
        [
            new FormSection { Key = "basic", Title = "基本信息", Fields =
            [
                new FormField { Key = FormKeys.ProjectName, Label = "项目名称", Required = true, MaxLength = 50 },
                new FormField { Key = FormKeys.RequestedAmount, Label = "申请经费", Type = FieldType.Money, Required = true },
                new FormField { Key = "budget", Label = "经费预算", Type = FieldType.Table, Required = true, MinRows = 1, Columns =
                [
                    new TableColumn { Key = "item", Label = "支出科目", Required = true },
                    new TableColumn { Key = "amount", Label = "金额", Type = FieldType.Money, Required = true, Total = true },
                ] },
                new FormField { Key = "scan", Label = "盖章扫描件", Type = FieldType.File, Required = true, Accept = [".pdf"], MaxSizeMb = 1 },
            ] },
        ],
    };

    private sealed record Created(Guid ApplicationId, Guid OtherApplicationId);

    /// <summary>A published call of our own in guangxi (no deadline: open), one application of the demo applicant's organisation and one of another organisation.</summary>
    private async Task<Created> CreateAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(Tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTimeOffset.UtcNow;
        var call = new GrantCall(association.Id, 2031, "填写测试 " + Guid.NewGuid().ToString("N")[..8], now);
        var category = call.AddCategory(null, "F-1", "测试项目");
        category.SetFunding(null, Quota.Exact(5), AmountRule.Fixed(40000m), false);
        category.AddFormVersion(Schema(), now);
        call.Publish(now);
        var outcome = await scope.ServiceProvider.GetRequiredService<CallEditor>().CreateAsync(call, new CallEditAuthor(null, "test"), "call.create", "测试");
        Assert.Equal(CallEditStatus.Saved, outcome.Status);

        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync($"applicant@{Tenant}.example.com");
        var organizationId = await db.Memberships.Where(m => m.UserId == user!.Id && m.Role == PortalRole.Applicant).Select(m => m.OrganizationId!.Value).SingleAsync();
        var body = "51450000MJ" + Random.Shared.Next(1000000, 9999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(UnifiedSocialCreditCode.TryParse(body + UnifiedSocialCreditCode.CheckCharacter(body), out var code));
        var other = new ApplicantOrganization(association.Id, "另一学会 " + Guid.NewGuid().ToString("N")[..6], ApplicantType.Society, code!, "联系人", "0771-0000000", "other@example.com", null, now);
        db.Organizations.Add(other);
        var saved = await db.Categories.Include(c => c.Forms).SingleAsync(c => c.Id == category.Id);
        var mine = new GrantApplication(association.Id, saved, organizationId, user!.Id, now);
        var theirs = new GrantApplication(association.Id, saved, other.Id, null, now);
        mine.Save(new Dictionary<string, string> { [FormKeys.ProjectName] = "科普进社区" }, 0, CallPhase.Open, user.Id, now);
        db.Applications.AddRange(mine, theirs);
        await db.SaveChangesAsync();
        return new Created(mine.Id, theirs.Id);
    }

    private async Task<HttpClient> ApplicantAsync()
    {
        var client = factory.Browser();
        await client.SignInAsync($"applicant@{Tenant}.example.com");
        return client;
    }

    private static string Url(Guid id) => $"/{Tenant}/my/applications/{id}";

    [Fact]
    public async Task Page_ShowsValues_Save_AndStaleSaveKeepsInput()
    {
        var created = await CreateAsync();
        var client = await ApplicantAsync();
        var url = Url(created.ApplicationId);
        var page = await client.GetPageAsync(url);
        Assert.Equal("科普进社区", page.QuerySelector("input[name='v.projectName']")!.GetAttribute("value"));
        Assert.Equal("1", page.QuerySelector("form[action$='/save'] input[name=Revision]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector($"a[href='{url}/check']"));

        using var save = await client.PostFormAsync(url, url + "/save", new Dictionary<string, string>
        {
            ["Revision"] = "1", ["v.projectName"] = "科普进校园", ["v.requestedAmount"] = "40000", ["v.budget.0.item"] = "会议费", ["v.budget.0.amount"] = "40000",
        });
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        page = await client.GetPageAsync(url);
        Assert.Equal("科普进校园", page.QuerySelector("input[name='v.projectName']")!.GetAttribute("value"));
        Assert.Equal("会议费", page.QuerySelector("input[name='v.budget.0.item']")!.GetAttribute("value"));

        // Someone else's older page: refused, what they typed is shown again, nothing overwritten.
        using var stale = await client.PostFormAsync(url, url + "/save", new Dictionary<string, string> { ["Revision"] = "1", ["v.projectName"] = "旧页面的输入" });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var refused = Html.Parse(await stale.Content.ReadAsStringAsync());
        Assert.Contains("此申报书已被同单位的其他用户修改（第 2 版）", refused.Text(), StringComparison.Ordinal);
        Assert.Equal("旧页面的输入", refused.QuerySelector("input[name='v.projectName']")!.GetAttribute("value"));
        Assert.NotNull(refused.QuerySelector($"#save-error a[href='{url}']"));
        page = await client.GetPageAsync(url);
        Assert.Equal("科普进校园", page.QuerySelector("input[name='v.projectName']")!.GetAttribute("value"));
    }

    /// <summary>What autosave.js sends: the save form's fields, to the address in its data-autosave attribute.</summary>
    private static async Task<HttpResponseMessage> AutosaveAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var page = await client.GetPageAsync(url);
        var form = page.QuerySelector($"form[action='{url}/save']")!;
        Assert.Equal(url + "/autosave", form.GetAttribute("data-autosave"));
        fields["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, url + "/autosave") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Accept.ParseAdd("application/json");
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Autosave_AnswersJson_And409WhenStale()
    {
        var created = await CreateAsync();
        var client = await ApplicantAsync();
        var url = Url(created.ApplicationId);
        using var ok = await AutosaveAsync(client, url, new Dictionary<string, string> { ["Revision"] = "1", ["v.projectName"] = "自动保存" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using (var json = JsonDocument.Parse(await ok.Content.ReadAsStringAsync()))
        {
            Assert.Equal(2, json.RootElement.GetProperty("revision").GetInt32());
            Assert.Matches(@"^\d\d:\d\d:\d\d$", json.RootElement.GetProperty("savedAt").GetString());
        }
        using var stale = await AutosaveAsync(client, url, new Dictionary<string, string> { ["Revision"] = "1", ["v.projectName"] = "旧" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        using var conflict = JsonDocument.Parse(await stale.Content.ReadAsStringAsync());
        Assert.Equal(2, conflict.RootElement.GetProperty("currentRevision").GetInt32());
        Assert.Contains("第 2 版", conflict.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, int revision, string name, byte[] content)
    {
        var page = await client.GetPageAsync(Url(id));
        var action = Url(id) + "/files/scan";
        var token = page.QuerySelector($"form[action='{action}'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(revision.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Revision" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "v.scan", name);
        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = form };
        request.Headers.Accept.ParseAdd("application/json");
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Upload_PdfAccepted_Downloaded_FakeAndLargeRefused()
    {
        var created = await CreateAsync();
        var client = await ApplicantAsync();
        var pdf = "%PDF-1.7\n测试\n%%EOF"u8.ToArray();
        using var accepted = await UploadAsync(client, created.ApplicationId, 1, "盖章扫描件.pdf", pdf);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        using var result = JsonDocument.Parse(await accepted.Content.ReadAsStringAsync());
        Assert.Equal(2, result.RootElement.GetProperty("revision").GetInt32());
        var fileUrl = result.RootElement.GetProperty("url").GetString()!;

        var page = await client.GetPageAsync(Url(created.ApplicationId));
        Assert.Equal("盖章扫描件.pdf", page.QuerySelector($"a[href='{fileUrl}']")!.TextContent);

        using var download = await client.GetAsync(fileUrl);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("filename*=UTF-8''%E7%9B%96", download.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);

        using var exe = await UploadAsync(client, created.ApplicationId, 2, "setup.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, exe.StatusCode);
        Assert.Contains("文件类型不符：只接受 PDF", await exe.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var large = new byte[(1024 * 1024) + 10];
        "%PDF-"u8.CopyTo(large);
        using var tooLarge = await UploadAsync(client, created.ApplicationId, 2, "large.pdf", large);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("文件超过 1 MB", await tooLarge.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another organisation cannot download it, even knowing the address.
        var other = factory.Browser();
        await other.SignInAsync($"applicant@xinjiang.example.com");
        using var foreign = await other.GetAsync(fileUrl.Replace($"/{Tenant}/", "/xinjiang/", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task OtherOrganisationsApplication_Is404()
    {
        var created = await CreateAsync();
        var client = await ApplicantAsync();
        await client.GetPageAsync(Url(created.OtherApplicationId), HttpStatusCode.NotFound);
        await client.GetPageAsync(Url(created.OtherApplicationId) + "/check", HttpStatusCode.NotFound);
        var token = (await client.GetPageAsync(Url(created.ApplicationId))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var action in new[] { "/save", "/autosave", "/files/scan" })
        {
            using var response = await client.PostAsync(Url(created.OtherApplicationId) + action,
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Revision"] = "0" }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task CheckPage_ListsErrorsWithLinks_AndOffersSubmitWhenClean()
    {
        var created = await CreateAsync();
        var client = await ApplicantAsync();
        var url = Url(created.ApplicationId);
        var page = await client.GetPageAsync(url + "/check");
        var links = page.QuerySelectorAll(".problems.errors a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"{url}#f-v-requestedAmount", links);
        Assert.Contains($"{url}#f-v-scan", links);
        Assert.Contains("请上传“盖章扫描件”", page.Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"form[action='{url}/submit']"));

        using var save = await client.PostFormAsync(url, url + "/save", new Dictionary<string, string>
        {
            ["Revision"] = "1", ["v.projectName"] = "科普", ["v.requestedAmount"] = "30000", ["v.budget.0.item"] = "会议费", ["v.budget.0.amount"] = "30000",
        });
        page = await client.GetPageAsync(url + "/check");
        Assert.Contains("本类别固定资助 40,000 元", page.Text(), StringComparison.Ordinal);

        using var upload = await UploadAsync(client, created.ApplicationId, 2, "scan.pdf", "%PDF-1.4"u8.ToArray());
        using var fixedAmount = await client.PostFormAsync(url, url + "/save", new Dictionary<string, string>
        {
            ["Revision"] = "3", ["v.projectName"] = "科普", ["v.requestedAmount"] = "40000", ["v.budget.0.item"] = "会议费", ["v.budget.0.amount"] = "40000",
        });
        Assert.Equal(HttpStatusCode.Redirect, fixedAmount.StatusCode);
        page = await client.GetPageAsync(url + "/check");
        Assert.Empty(page.QuerySelectorAll(".problems.errors li"));
        Assert.Equal("4", page.QuerySelector($"form[action='{url}/submit'] input[name=Revision]")!.GetAttribute("value"));
    }
}
