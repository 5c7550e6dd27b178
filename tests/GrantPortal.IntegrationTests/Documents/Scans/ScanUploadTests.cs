using System.Net;
using GrantPortal.Domain.Applications;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Documents.Scans;

/// <summary>
/// The applicant uploads the scan of the sealed paper copy; the portal reads its QR code (zbarimg) and compares the code
/// with the submissions: the latest version's code matches, an older one is a mismatch naming both versions, a typed
/// code waits for staff, who confirm it or mark it mismatched.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ScanUploadTests(PortalFactory factory)
{
    private static bool HasZbar => File.Exists("/usr/bin/zbarimg") || File.Exists("/usr/local/bin/zbarimg");

    [Fact]
    public async Task QrCodeOfTheLatestVersion_MatchesAutomatically()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, "guangxi", 1);
        var application = setup.Applications[0];
        var client = factory.Browser();
        await client.SignInAsync(await ScanTestSupport.ApplicantAsync(factory, "guangxi", application.OrganizationId));
        var code = (await ScanTestSupport.CodesAsync(factory, "guangxi", application.ApplicationId))[1];
        var url = $"/guangxi/my/applications/{application.ApplicationId}/scan";

        var page = await client.GetPageAsync(url);
        Assert.Equal(VerificationCode.Display(code), page.GetElementById("latest-code")!.TextContent.Trim());
        using var response = await ScanTestSupport.UploadAsync(client, url, ScanTestSupport.QrPng($"https://portal.example/verify/{code}"), "盖章扫描.png");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var status = (await client.GetPageAsync(url)).QuerySelector("#scans tbody tr")!.TextContent;
        if (HasZbar)
        {
            Assert.Contains("一致（已从二维码识别）", status, StringComparison.Ordinal);
            Assert.Contains(VerificationCode.Display(code), status, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("未能识别", status, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PdfScan_QrCodeReadFromItsPage_Matches()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, "guangxi", 1);
        var application = setup.Applications[0];
        var client = factory.Browser();
        await client.SignInAsync(await ScanTestSupport.ApplicantAsync(factory, "guangxi", application.OrganizationId));
        var code = (await ScanTestSupport.CodesAsync(factory, "guangxi", application.ApplicationId))[1];
        var url = $"/guangxi/my/applications/{application.ApplicationId}/scan";

        using var response = await ScanTestSupport.UploadAsync(client, url, ScanTestSupport.QrPdf(code), "扫描件.pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var status = (await client.GetPageAsync(url)).QuerySelector("#scans tbody tr")!.TextContent;
        Assert.Contains(HasZbar ? "一致（已从二维码识别）" : "未能识别", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypedCodeOfAnOlderVersion_IsAMismatchNamingBothVersions_AndStaffSeeIt()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, "guangxi", 1);
        var application = setup.Applications[0];
        var codes = await ScanTestSupport.ResubmitAsync(factory, "guangxi", application.ApplicationId, "修改后的内容");
        var client = factory.Browser();
        await client.SignInAsync(await ScanTestSupport.ApplicantAsync(factory, "guangxi", application.OrganizationId));
        var url = $"/guangxi/my/applications/{application.ApplicationId}/scan";

        using var response = await ScanTestSupport.UploadAsync(client, url, ScanTestSupport.QrPng("not a code"), "scan.png", VerificationCode.Display(codes[1]).ToLowerInvariant());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("不一致：扫描件为第 1 版，最新为第 2 版", (await client.GetPageAsync(url)).QuerySelector("#scans")!.TextContent, StringComparison.Ordinal);
        var staff = factory.Browser();
        await staff.SignInAsync("staff@guangxi.example.com");
        var staffPage = await staff.GetPageAsync($"/guangxi/staff/applications/{application.ApplicationId}/scan");
        Assert.Contains("不一致：扫描件为第 1 版，最新为第 2 版", staffPage.GetElementById("scan-status")!.TextContent, StringComparison.Ordinal);
        Assert.Null(staffPage.GetElementById("confirm-form")); // a code of another version cannot be confirmed
        var list = await staff.GetPageAsync($"/guangxi/staff/calls/{setup.CallId}/scans?status=Mismatch");
        Assert.Contains(application.Number, list.QuerySelector("#scans")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypedLatestCode_AwaitsStaff_WhoConfirmIt_AndAResubmissionMakesItOutdated()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, "guangxi", 1);
        var application = setup.Applications[0];
        var code = (await ScanTestSupport.CodesAsync(factory, "guangxi", application.ApplicationId))[1];
        var client = factory.Browser();
        await client.SignInAsync(await ScanTestSupport.ApplicantAsync(factory, "guangxi", application.OrganizationId));
        var url = $"/guangxi/my/applications/{application.ApplicationId}/scan";
        using (var response = await ScanTestSupport.UploadAsync(client, url, ScanTestSupport.QrPng("hello"), "scan.png", VerificationCode.Display(code)))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        var staff = factory.Browser();
        await staff.SignInAsync("staff@guangxi.example.com");
        var staffUrl = $"/guangxi/staff/applications/{application.ApplicationId}/scan";
        var page = await staff.GetPageAsync(staffUrl);
        Assert.Contains("待工作人员核对", page.GetElementById("scan-status")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#latest-scan img.scan-image"));
        var scanId = page.QuerySelector("#confirm-form input[name=ScanId]")!.GetAttribute("value")!;

        using (var image = await staff.GetAsync($"/guangxi/staff/applications/{application.ApplicationId}/scans/{scanId}"))
        {
            Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        }
        using (var empty = await staff.PostFormAsync(staffUrl, staffUrl + "/reject", new Dictionary<string, string> { ["ScanId"] = scanId, ["Reason"] = " " }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
            Assert.Equal("请填写原因", Html.Parse(await empty.Content.ReadAsStringAsync()).FieldError("Reason"));
        }
        using (var confirmed = await staff.PostFormAsync(staffUrl, staffUrl + "/confirm", new Dictionary<string, string> { ["ScanId"] = scanId }))
        {
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        }
        page = await staff.GetPageAsync(staffUrl);
        Assert.Contains("一致（工作人员已核对）", page.GetElementById("scan-status")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("staff@guangxi.example.com", page.GetElementById("latest-scan")!.TextContent, StringComparison.Ordinal);

        await ScanTestSupport.ResubmitAsync(factory, "guangxi", application.ApplicationId, "又改了");

        page = await staff.GetPageAsync(staffUrl);
        Assert.Contains("已过期", page.GetElementById("scan-status")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("最新为第 2 版", page.GetElementById("scan-status")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GarbageFile_IsRefused_AndNothingIsStored()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, "guangxi", 1);
        var application = setup.Applications[0];
        var client = factory.Browser();
        await client.SignInAsync(await ScanTestSupport.ApplicantAsync(factory, "guangxi", application.OrganizationId));
        var url = $"/guangxi/my/applications/{application.ApplicationId}/scan";

        using var response = await ScanTestSupport.UploadAsync(client, url, "MZ this is no image"u8.ToArray(), "scan.png", "not-a-code");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("文件类型不符：只接受 PDF、PNG、JPG", page.FieldError("File"));
        Assert.NotNull(page.FieldError("Code"));
        Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM sealed_scans WHERE application_id = $1", application.ApplicationId));
    }

    [Fact]
    public async Task AnotherOrganisationsApplication_Is404()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, "guangxi", 2);
        var client = factory.Browser();
        await client.SignInAsync(await ScanTestSupport.ApplicantAsync(factory, "guangxi", setup.Applications[0].OrganizationId));
        var other = $"/guangxi/my/applications/{setup.Applications[1].ApplicationId}/scan";

        using var get = await client.GetAsync(other);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        var token = (await client.GetPageAsync($"/guangxi/my/applications/{setup.Applications[0].ApplicationId}/scan"))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = await client.PostAsync(other, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }
}
