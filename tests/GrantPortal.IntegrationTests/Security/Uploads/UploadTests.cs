using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Security.Uploads;

/// <summary>
/// Uploads on the app in process: a file one byte over its field's limit is refused with 413 and a Chinese message and
/// nothing is stored; a PNG renamed .pdf is refused by its content; a Chinese file name comes back encoded per RFC 5987.
/// (That bodies declared too large are refused unread, on real Kestrel: <see cref="UploadLimitKestrelTests"/>.)
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class UploadTests(PortalFactory factory)
{
    private const int OneMb = 1024 * 1024;

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, UploadSetup.Created created, string name, byte[] content, bool json = true)
    {
        var page = await client.GetPageAsync(created.EditUrl);
        var token = page.QuerySelector($"form[action='{created.UploadUrl}'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var revision = page.QuerySelector($"form[action='{created.UploadUrl}'] input[name=Revision]")?.GetAttribute("value") ?? "1";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(revision), "Revision" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "v.scan", name);
        using var request = new HttpRequestMessage(HttpMethod.Post, created.UploadUrl) { Content = form };
        if (json)
        {
            request.Headers.Accept.ParseAdd("application/json");
        }
        return await client.SendAsync(request);
    }

    private Task<long> StoredFilesAsync(Guid organizationId) =>
        factory.CountAsync("SELECT count(*) FROM stored_files WHERE organization_id = $1", organizationId);

    private static byte[] Pdf(int length)
    {
        var content = new byte[length];
        "%PDF-1.7\n"u8.CopyTo(content);
        return content;
    }

    [Fact]
    public async Task OneByteOverTheFieldLimit_Is413InChinese_AndNothingIsStored()
    {
        var created = await UploadSetup.CreateAsync(factory);
        var client = factory.Browser();
        await client.SignInAsync(created.Email);

        using (var json = await UploadAsync(client, created, "扫描件.pdf", Pdf(OneMb + 1)))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, json.StatusCode);
            using var body = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
            Assert.Equal("文件超过 1 MB", body.RootElement.GetProperty("message").GetString());
        }
        using (var page = await UploadAsync(client, created, "扫描件.pdf", Pdf(OneMb + 1), json: false))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.StatusCode);
            Assert.Contains("文件超过 1 MB", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(0, await StoredFilesAsync(created.OrganizationId));

        // Exactly at the limit: accepted.
        using var atLimit = await UploadAsync(client, created, "扫描件.pdf", Pdf(OneMb));
        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
        Assert.Equal(1, await StoredFilesAsync(created.OrganizationId));
    }

    [Fact]
    public async Task PngRenamedPdf_IsRefusedByItsContent()
    {
        var created = await UploadSetup.CreateAsync(factory);
        var client = factory.Browser();
        await client.SignInAsync(created.Email);
        var png = Documents.Scans.ScanTestSupport.QrPng("GP-TEST");

        using var response = await UploadAsync(client, created, "扫描件.pdf", png);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("文件类型不符：只接受 PDF", body.RootElement.GetProperty("message").GetString());
        Assert.Equal(0, await StoredFilesAsync(created.OrganizationId));
    }

    [Fact]
    public async Task ChineseFileName_DownloadsUnderItsNameEncoded()
    {
        var created = await UploadSetup.CreateAsync(factory);
        var client = factory.Browser();
        await client.SignInAsync(created.Email);
        const string name = "申报书（盖章）2025.pdf";
        var pdf = "%PDF-1.7\n内容\n%%EOF"u8.ToArray();

        using var accepted = await UploadAsync(client, created, name, pdf);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        using var result = JsonDocument.Parse(await accepted.Content.ReadAsStringAsync());
        using var download = await client.GetAsync(result.RootElement.GetProperty("url").GetString());

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Contains("filename*=UTF-8''" + Uri.EscapeDataString(name), disposition.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(name, disposition.FileNameStar);
    }
}
