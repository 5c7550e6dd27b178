using System.Net;
using System.Text;
using GrantPortal.Domain.Agreements;
using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Documents.ApplicationPdf;
using GrantPortal.IntegrationTests.Documents.Scans;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Agreements;

/// <summary>
/// 任务书 end to end on a Guangxi-style award (100% on the signed agreement): staff draft and issue it, the applicant
/// downloads the PDF and uploads the sealed scan (bad ones refused with nothing stored), staff countersign and the
/// tranche becomes due; the verify page knows the code; an amendment keeps the history; other organisations and other
/// tenants get 404.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TaskAgreementTests(PortalFactory factory)
{
    private static readonly IReadOnlyList<TrancheRule> Guangxi = [new(100m, DisbursementMilestone.AgreementSigned)];

    private static string StaffUrl(Guid awardId) => $"/guangxi/staff/awards/{awardId}/agreement";

    private static string ApplicantUrl(Guid awardId) => $"/guangxi/my/awards/{awardId}/agreement";

    private async Task<T> InTenantAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync("guangxi"))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    private Task<TaskAgreement?> AgreementAsync(Guid awardId) =>
        InTenantAsync(db => db.TaskAgreements.AsNoTracking().Include(a => a.Versions).SingleOrDefaultAsync(a => a.AwardId == awardId));

    private Task<Award> AwardAsync(Guid awardId) =>
        InTenantAsync(db => db.Awards.AsNoTracking().Include(a => a.Tranches).SingleAsync(a => a.Id == awardId));

    private Task<int> FilesOfAsync(Guid organizationId) =>
        InTenantAsync(db => db.StoredFiles.CountAsync(f => f.OrganizationId == organizationId));

    /// <summary>Posts the form on <paramref name="pageUrl"/> that goes to <paramref name="action"/>, with its hidden revision.</summary>
    private static async Task<HttpResponseMessage> PostStepAsync(HttpClient client, string pageUrl, string action, Dictionary<string, string>? fields = null)
    {
        var page = await client.GetPageAsync(pageUrl);
        var form = page.QuerySelectorAll("form").First(f => f.GetAttribute("action") == action);
        var values = new Dictionary<string, string>(fields ?? []);
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]"))
        {
            values.TryAdd(hidden.GetAttribute("name")!, hidden.GetAttribute("value") ?? "");
        }
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid awardId, byte[] content, string fileName)
    {
        var page = await client.GetPageAsync(ApplicantUrl(awardId));
        var token = page.QuerySelector("form[enctype='multipart/form-data'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "File", fileName },
        };
        return await client.PostAsync(ApplicantUrl(awardId) + "/scan", body);
    }

    [Fact]
    public async Task Journey_IssueDownloadUploadCountersign_ReleasesTheTranche_AndAmendmentKeepsHistory()
    {
        var setup = await FundedAwards.CreateAsync(factory, "guangxi", 2, 30000m, Guangxi);
        var awardId = setup.AwardIds[0];
        var organizationId = setup.Call.Applications[0].OrganizationId;
        var title = setup.Call.Applications[0].Title;
        Assert.Equal(TrancheStatus.Planned, Assert.Single((await AwardAsync(awardId)).Tranches).Status);

        var staff = factory.Browser();
        await staff.SignInAsync("staff@guangxi.example.com");
        var applicant = factory.Browser();
        await applicant.SignInAsync(await ScanTestSupport.ApplicantAsync(factory, "guangxi", organizationId));

        // Nothing yet: staff see the button, the applicant sees that nothing was issued.
        Assert.Contains("生成任务书草稿", (await staff.GetPageAsync(StaffUrl(awardId))).Text());
        Assert.Equal("none", (await applicant.GetPageAsync(ApplicantUrl(awardId))).GetElementById("agreement-status")!.GetAttribute("data-status"));

        using (var created = await staff.PostFormAsync(StaffUrl(awardId), StaffUrl(awardId) + "/create", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }
        var draft = (await AgreementAsync(awardId))!;
        Assert.Equal(AgreementStatus.Draft, draft.Status);
        Assert.Equal(30000m, draft.Current.Content.Tranches.Sum(t => t.Amount));
        var draftCode = draft.Current.VerificationCode;

        // A draft is the staff's: the applicant cannot download it.
        await applicant.GetPageAsync(ApplicantUrl(awardId) + "/versions/1/pdf", HttpStatusCode.NotFound);

        // Bad input changes nothing.
        using (var bad = await PostStepAsync(staff, StaffUrl(awardId), StaffUrl(awardId) + "/terms",
                   new() { ["PeriodStart"] = "2027-06-01", ["PeriodEnd"] = "2027-05-01", ["SpecialTerms"] = "乙方须按期提交总结报告。" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
            var page = Html.Parse(await bad.Content.ReadAsStringAsync());
            Assert.Equal("完成日期不能早于开始日期", page.FieldError("PeriodEnd"));
            Assert.Contains("乙方须按期提交总结报告。", page.GetElementById("SpecialTerms")!.TextContent);
        }
        Assert.Equal(draftCode, (await AgreementAsync(awardId))!.Current.VerificationCode);

        using (var saved = await PostStepAsync(staff, StaffUrl(awardId), StaffUrl(awardId) + "/terms",
                   new() { ["PeriodStart"] = "2027-06-01", ["PeriodEnd"] = "2027-12-31", ["SpecialTerms"] = "乙方须按期提交总结报告。", ["Indicators"] = "举办学术会议｜1 场\n形成建议报告｜2000 字" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var revised = (await AgreementAsync(awardId))!.Current;
        Assert.Equal("乙方须按期提交总结报告。", revised.Content.SpecialTerms);
        Assert.Equal(new AgreementIndicator("形成建议报告", "2000 字"), revised.Content.Indicators[1]);
        Assert.NotEqual(draftCode, revised.VerificationCode);

        using (var issued = await PostStepAsync(staff, StaffUrl(awardId), StaffUrl(awardId) + "/issue"))
        {
            Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        }
        Assert.Equal(AgreementStatus.Issued, (await AgreementAsync(awardId))!.Status);

        // The applicant downloads the PDF.
        var applicantPage = await applicant.GetPageAsync(ApplicantUrl(awardId));
        Assert.Equal(nameof(AgreementStatus.Issued), applicantPage.GetElementById("agreement-current")!.GetAttribute("data-status"));
        var pdfUrl = applicantPage.GetElementById("agreement-pdf")!.GetAttribute("href")!;
        using (var response = await applicant.GetAsync(pdfUrl))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
            using var poppler = new Poppler(await response.Content.ReadAsByteArrayAsync());
            var text = await poppler.TextAsync();
            Assert.Contains("项目任务书", text, StringComparison.Ordinal);
            Assert.Contains(title, text, StringComparison.Ordinal);
            Assert.Contains("30,000.00", text, StringComparison.Ordinal);
            Assert.Contains("合计", text, StringComparison.Ordinal);
            Assert.Contains("乙方须按期提交总结报告。", text, StringComparison.Ordinal);
            Assert.Contains("任务书签订后", text, StringComparison.Ordinal);
            Assert.Contains(GrantPortal.Domain.Applications.VerificationCode.Display(revised.VerificationCode), text, StringComparison.Ordinal);
            var pages = await poppler.PagesAsync();
            var squeezed = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", "");
            Assert.Contains($"第1页共{pages}页", squeezed, StringComparison.Ordinal);
            Assert.Contains($"第{pages}页共{pages}页", squeezed, StringComparison.Ordinal);
        }

        // Bad scans are refused in Chinese and nothing is stored.
        var files = await FilesOfAsync(organizationId);
        using (var wrongType = await UploadAsync(applicant, awardId, Encoding.UTF8.GetBytes("not a pdf at all"), "盖章件.pdf"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongType.StatusCode);
            Assert.Equal("文件类型不符：只接受 PDF、PNG、JPG", Html.Parse(await wrongType.Content.ReadAsStringAsync()).FieldError("File"));
        }
        using (var tooLarge = await UploadAsync(applicant, awardId, new byte[21 * 1024 * 1024], "盖章件.pdf"))
        {
            // Refused by its declared length before the body is read (the upload limit of issue 8), with the Chinese page.
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
            Assert.Contains("文件太大", await tooLarge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(files, await FilesOfAsync(organizationId));
        Assert.Equal(AgreementStatus.Issued, (await AgreementAsync(awardId))!.Status);

        // Another organisation's applicant and another tenant's staff see nothing.
        var stranger = factory.Browser();
        await stranger.SignInAsync(await ScanTestSupport.ApplicantAsync(factory, "guangxi", setup.Call.Applications[1].OrganizationId));
        await stranger.GetPageAsync(ApplicantUrl(awardId), HttpStatusCode.NotFound);
        await stranger.GetPageAsync(pdfUrl, HttpStatusCode.NotFound);
        var strangerToken = (await stranger.GetPageAsync(ApplicantUrl(setup.AwardIds[1]))).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await stranger.GetPageAsync("/guangxi/my/applications")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        using (var foreignUpload = await stranger.PostAsync(ApplicantUrl(awardId) + "/scan",
                   new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = strangerToken })))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreignUpload.StatusCode);
        }
        var xinjiang = factory.Browser();
        await xinjiang.SignInAsync("staff@xinjiang.example.com");
        await xinjiang.GetPageAsync($"/xinjiang/staff/awards/{awardId}/agreement", HttpStatusCode.NotFound);
        await xinjiang.GetPageAsync($"/xinjiang/staff/awards/{awardId}/agreement/versions/1/pdf", HttpStatusCode.NotFound);
        var xinjiangToken = (await xinjiang.GetPageAsync("/xinjiang/staff/calls")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        using (var foreignCountersign = await xinjiang.PostAsync($"/xinjiang/staff/awards/{awardId}/agreement/countersign",
                   new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = xinjiangToken, ["revision"] = "3" })))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreignCountersign.StatusCode);
        }

        // The sealed scan goes up; staff see it and countersign.
        using (var uploaded = await UploadAsync(applicant, awardId, ScanTestSupport.QrPdf("sealed"), "任务书盖章件.pdf"))
        {
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }
        Assert.Equal(AgreementStatus.SealedUploaded, (await AgreementAsync(awardId))!.Status);
        var staffPage = await staff.GetPageAsync(StaffUrl(awardId));
        using (var scan = await staff.GetAsync(staffPage.GetElementById("agreement-scan")!.GetAttribute("href")!))
        {
            Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
        }
        using (var countersigned = await PostStepAsync(staff, StaffUrl(awardId), StaffUrl(awardId) + "/countersign"))
        {
            Assert.Equal(HttpStatusCode.Redirect, countersigned.StatusCode);
        }
        var signedAgreement = (await AgreementAsync(awardId))!;
        Assert.Equal(AgreementStatus.Countersigned, signedAgreement.Status);
        var award = await AwardAsync(awardId);
        Assert.Equal(TrancheStatus.Due, Assert.Single(award.Tranches).Status);
        Assert.NotNull(award.AgreementSignedAt);

        // The applicant downloads the countersigned copy: a signed PDF.
        var signedLink = (await applicant.GetPageAsync(ApplicantUrl(awardId))).GetElementById("agreement-signed")!.GetAttribute("href")!;
        using (var signed = await applicant.GetAsync(signedLink))
        {
            Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
            var bytes = await signed.Content.ReadAsByteArrayAsync();
            Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
            Assert.Contains("/ByteRange", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        }

        // The public verify page recognises the agreement's code.
        var code = signedAgreement.Current.VerificationCode;
        var verify = await factory.Browser().GetPageAsync($"/verify/{GrantPortal.Domain.Applications.VerificationCode.Display(code)}");
        Assert.Equal("agreement", verify.GetElementById("verify-result")!.GetAttribute("data-result"));
        Assert.Equal(title, verify.GetElementById("verify-title")!.TextContent.Trim());
        // A draft's code is not a document anyone holds.
        await factory.Browser().GetPageAsync($"/verify/{draftCode}", HttpStatusCode.NotFound);

        // An amendment: a new draft version, the first one unchanged and still readable, the milestone still met.
        using (var noReason = await PostStepAsync(staff, StaffUrl(awardId), StaffUrl(awardId) + "/amend", new() { ["Reason"] = "" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        }
        using (var amended = await PostStepAsync(staff, StaffUrl(awardId), StaffUrl(awardId) + "/amend", new() { ["Reason"] = "活动延期至 2028 年" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);
        }
        var amendedAgreement = (await AgreementAsync(awardId))!;
        Assert.Equal(2, amendedAgreement.Versions.Count);
        Assert.Equal(AgreementStatus.Draft, amendedAgreement.Status);
        Assert.Equal(AgreementStatus.Countersigned, amendedAgreement.Versions.Single(v => v.Number == 1).Status);
        Assert.Equal("活动延期至 2028 年", amendedAgreement.Current.AmendmentReason);
        Assert.Equal(TrancheStatus.Due, Assert.Single((await AwardAsync(awardId)).Tranches).Status);
        var history = await staff.GetPageAsync(StaffUrl(awardId));
        Assert.Equal(2, history.QuerySelectorAll("#agreement-versions tbody tr").Length);
        using (var old = await staff.GetAsync(StaffUrl(awardId) + "/versions/1/pdf"))
        {
            Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        }
        // The applicant still works from version 1 until version 2 is issued.
        Assert.Equal("1", (await applicant.GetPageAsync(ApplicantUrl(awardId))).GetElementById("agreement-current")!.GetAttribute("data-version"));
    }

    [Fact]
    public async Task ApprovedApplicationsLine_LinksToTheAgreement()
    {
        var setup = await FundedAwards.CreateAsync(factory, "guangxi", 1, 20000m, Guangxi);
        var applicant = factory.Browser();
        await applicant.SignInAsync(await ScanTestSupport.ApplicantAsync(factory, "guangxi", setup.Call.Applications[0].OrganizationId));
        var page = await applicant.GetPageAsync("/guangxi/my/applications");
        var link = page.QuerySelector("a.agreement-link")!.GetAttribute("href");
        Assert.Equal(ApplicantUrl(setup.AwardIds[0]), link);
        await applicant.GetPageAsync(link!);
    }
}
