using System.Net;
using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Documents.ApplicationPdf;

/// <summary>
/// The official application PDF as staff download it, read back with poppler: the Chinese content exactly, one embedded
/// subset font, the code and page numbers on every page, the QR code, and a new code for a changed application.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ApplicationPdfTests(PortalFactory factory)
{
    private async Task<(SubmittedApplications.Setup Setup, string History)> SubmittedAsync(string tenant = "xinjiang")
    {
        var history = PdfForms.History("学会");
        var setup = await SubmittedApplications.CreateAsync(factory, tenant, 1, _ => PdfForms.Values(history), PdfForms.Schema());
        return (setup, history);
    }

    private static async Task<byte[]> DownloadAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<ApplicationSubmission> LatestSubmissionAsync(string tenant, Guid applicationId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.ApplicationSubmissions.AsNoTracking().Where(s => s.ApplicationId == applicationId).OrderByDescending(s => s.Version).FirstAsync();
    }

    [Fact]
    public async Task StaffPdf_GivesBackTheContentExactly_WithCodeAndPageNumbersOnEveryPage()
    {
        var (setup, history) = await SubmittedAsync();
        var application = setup.Applications[0];
        var submission = await LatestSubmissionAsync("xinjiang", application.ApplicationId);
        var client = factory.Browser();
        await client.SignInAsync("staff@xinjiang.example.com");
        using var response = await client.GetAsync($"/xinjiang/staff/applications/{application.ApplicationId}/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal($"{application.Number}-{application.Title}-v1.pdf", disposition.FileNameStar);
        using var pdf = new Poppler(await response.Content.ReadAsByteArrayAsync());

        var pages = await pdf.PagesAsync();
        Assert.True(pages >= 3, $"expected a cover and at least two pages of sections, got {pages}");
        var text = await pdf.TextAsync();
        var squeezed = Poppler.Squeeze(text);
        foreach (var expected in new[]
                 {
                     "学术交流项目申报书", application.Title, application.OrganizationName, setup.Code + "学术交流活动", application.Number,
                     PdfForms.LongText, "农业科学", "学术论坛、专题培训", "2030年4月1日", "48,000.00元", "是", "姓名：阿依古丽", "手机：13899990000",
                     "序号", "支出科目", "申请经费（元）", "说明", "专家咨询费", "21,000.00元", "按标准发放", "合计", "48,000.00元", "申报单位意见", "单位负责人签字：", "单位公章",
                     $"第1页共{pages}页", $"第{pages}页共{pages}页",
                 })
        {
            Assert.Contains(Poppler.Squeeze(expected), squeezed);
        }
        Assert.Matches(@"年\s+月\s+日", await pdf.LayoutTextAsync(pages)); // the sign-off's date line
        Assert.DoesNotContain("不应出现的隐藏内容", text); // a field whose show-when condition does not hold

        // The long text runs over a page: the pages' bodies, headers and footers left out, give it back whole.
        var bodies = new List<string>();
        for (var page = 1; page <= pages; page++)
        {
            var pageText = await pdf.TextAsync(page);
            Assert.Contains($"校验码：{VerificationCode.Display(submission.VerificationCode)}", pageText);
            Assert.Contains($"申报编号：{application.Number}", pageText);
            var squeezedPage = Poppler.Squeeze(pageText);
            Assert.Contains($"第{page}页共{pages}页", squeezedPage);
            bodies.Add(System.Text.RegularExpressions.Regex.Replace(
                squeezedPage, @"申报编号：[A-Z0-9-]+|版本：第\d+版|校验码：[0-9A-Z-]{19}|扫描右侧二维码或访问\S*?核验本文件|第\d+页共\d+页|（续）", ""));
        }
        Assert.Contains(Poppler.Squeeze(history), Poppler.Squeeze(string.Concat(bodies)));

        // One font, embedded as a subset.
        var fonts = (await pdf.FontsAsync()).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.Matches(@"^[A-Z]{6}\+\S+.*\byes\s+yes\s+yes\b", Assert.Single(fonts));

        // Page 1 kept as an artefact; its QR code reads as the verify address.
        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        await pdf.RenderAsync(1, 80, Path.Combine(artifacts, "application-pdf-page1.png"));
        await pdf.RenderAsync(3, 80, Path.Combine(artifacts, "application-pdf-page3.png")); // the long text continued
        var sharp = Path.Combine(artifacts, "application-pdf-page1-300dpi.png");
        await pdf.RenderAsync(1, 300, sharp);
        if (await Poppler.ReadQrAsync(sharp) is { } qr)
        {
            Assert.Equal($"http://localhost/verify/{submission.VerificationCode}", qr);
        }
    }

    [Fact]
    public async Task AChangedApplication_GetsANewCode_AndTheOldVersionStillRendersWithItsOwn()
    {
        var (setup, _) = await SubmittedAsync();
        var application = setup.Applications[0];
        var first = await LatestSubmissionAsync("xinjiang", application.ApplicationId);
        await ResubmitAsync(factory, "xinjiang", application.ApplicationId, values => values["content"] = PdfForms.LongText + "（修改后）");
        var second = await LatestSubmissionAsync("xinjiang", application.ApplicationId);
        Assert.Equal(2, second.Version);
        Assert.NotEqual(first.VerificationCode, second.VerificationCode);

        var client = factory.Browser();
        await client.SignInAsync("staff@xinjiang.example.com");
        using (var latest = new Poppler(await DownloadAsync(client, $"/xinjiang/staff/applications/{application.ApplicationId}/pdf")))
        {
            var text = await latest.TextAsync();
            Assert.Contains(VerificationCode.Display(second.VerificationCode), text);
            Assert.Contains("版本：第 2 版", text);
            Assert.Contains("（修改后）", Poppler.Squeeze(text));
        }
        using (var old = new Poppler(await DownloadAsync(client, $"/xinjiang/staff/applications/{application.ApplicationId}/pdf?version=1")))
        {
            var text = await old.TextAsync();
            Assert.Contains(VerificationCode.Display(first.VerificationCode), text);
            Assert.DoesNotContain("（修改后）", Poppler.Squeeze(text));
        }
        using var missing = await client.GetAsync($"/xinjiang/staff/applications/{application.ApplicationId}/pdf?version=3");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    /// <summary>Withdraws the application, changes its answers and submits it again (version + 1).</summary>
    internal static async Task ResubmitAsync(PortalFactory factory, string tenant, Guid applicationId, Action<Dictionary<string, string>> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var application = await db.Applications.Include(a => a.Submissions).SingleAsync(a => a.Id == applicationId);
        var now = DateTimeOffset.UtcNow;
        application.Withdraw(application.Revision, CallPhase.Open, null, now);
        var values = new Dictionary<string, string>(application.Values);
        change(values);
        application.Save(values, application.Revision, CallPhase.Open, null, now);
        db.ApplicationSubmissions.Add(application.Submit(application.Revision, CallPhase.Open, () => application.Number!, null, now.AddSeconds(1)));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Downloads_AreOnlyForTheOwnOrganisationAndAssociation_AndANeverSubmittedApplicationSaysSo()
    {
        var (setup, _) = await SubmittedAsync();
        var other = setup.Applications[0];

        var applicant = factory.Browser();
        await applicant.SignInAsync("applicant@xinjiang.example.com");
        using (var response = await applicant.GetAsync($"/xinjiang/my/applications/{other.ApplicationId}/pdf"))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode); // another organisation's application
        }
        var guangxiStaff = factory.Browser();
        await guangxiStaff.SignInAsync("staff@guangxi.example.com");
        using (var response = await guangxiStaff.GetAsync($"/guangxi/staff/applications/{other.ApplicationId}/pdf"))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode); // another association's application
        }
        var guangxiApplicant = factory.Browser();
        await guangxiApplicant.SignInAsync("applicant@guangxi.example.com");
        using (var response = await guangxiApplicant.GetAsync($"/guangxi/my/applications/{other.ApplicationId}/pdf"))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        // The demo applicant's own application: a draft has no PDF, once submitted it downloads.
        var own = await OwnApplicationAsync(setup);
        var page = await applicant.GetPageAsync($"/xinjiang/my/applications/{own}/pdf", HttpStatusCode.NotFound);
        Assert.Contains("尚未提交", page.GetElementById("not-submitted")!.TextContent);
        await SubmitAsync(own);
        using var pdf = new Poppler(await DownloadAsync(applicant, $"/xinjiang/my/applications/{own}/pdf"));
        Assert.Contains("我的项目", await pdf.TextAsync());
        var receipt = await applicant.GetPageAsync($"/xinjiang/my/applications/{own}/receipt");
        Assert.Equal($"/xinjiang/my/applications/{own}/pdf", receipt.GetElementById("download-pdf")!.GetAttribute("href"));
    }

    private async Task<Guid> OwnApplicationAsync(SubmittedApplications.Setup setup)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync("xinjiang"))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == "applicant@xinjiang.example.com");
        var organizationId = await db.Memberships.Where(m => m.UserId == user.Id && m.OrganizationId != null).Select(m => m.OrganizationId!.Value).FirstAsync();
        var category = await db.Categories.Include(c => c.Forms).SingleAsync(c => c.Id == setup.CategoryId);
        var application = new GrantApplication(association.Id, category, organizationId, user.Id, DateTimeOffset.UtcNow);
        application.Save(new Dictionary<string, string> { [FormKeys.ProjectName] = "我的项目" }, 0, CallPhase.Open, user.Id, DateTimeOffset.UtcNow);
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return application.Id;
    }

    private async Task SubmitAsync(Guid applicationId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync("xinjiang"))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var application = await db.Applications.Include(a => a.Submissions).SingleAsync(a => a.Id == applicationId);
        db.ApplicationSubmissions.Add(application.Submit(application.Revision, CallPhase.Open, () => "XJ-PDF-" + Guid.NewGuid().ToString("N")[..8], null, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
    }
}
