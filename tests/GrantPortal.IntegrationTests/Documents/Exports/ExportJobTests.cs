using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using GrantPortal.Domain.Documents;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Documents.Signing;
using GrantPortal.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Documents.Exports;

/// <summary>
/// Staff request an export; the request only queues a job, the background worker makes the ZIP (one sealed, signed PDF
/// per submitted application and index.csv) while the status JSON reports progress; a job whose worker died is restarted.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ExportJobTests(PortalFactory factory)
{
    [Fact]
    public async Task CallExport_QueuedThenDone_ZipHasOneSignedPdfPerApplicationAndTheIndex()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, "guangxi", 3);
        var client = factory.Browser();
        await client.SignInAsync("staff@guangxi.example.com");

        var started = DateTime.UtcNow;
        using var created = await client.PostFormAsync("/guangxi/staff/exports", "/guangxi/staff/exports",
            new Dictionary<string, string> { ["Scope"] = "Call", ["CallId"] = setup.CallId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(2), "the request only queues the job");
        var jobUrl = created.LocationPath();
        var first = await StatusAsync(client, jobUrl);
        Assert.Contains(first.GetProperty("status").GetString(), new[] { "Queued", "Running", "Done" });
        var page = await client.GetPageAsync(jobUrl);
        Assert.NotNull(page.QuerySelector("script[src*='export-progress.js']"));

        var done = await WaitAsync(client, jobUrl);
        Assert.Equal("Done", done.GetProperty("status").GetString());
        Assert.Equal(3, done.GetProperty("done").GetInt32());
        Assert.Equal(3, done.GetProperty("total").GetInt32());

        using var download = await client.GetAsync(done.GetProperty("download").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains("filename*=UTF-8''", download.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(await download.Content.ReadAsByteArrayAsync()));
        var pdfs = zip.Entries.Where(e => e.Name.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, pdfs.Count);
        foreach (var application in setup.Applications)
        {
            Assert.Contains(pdfs, e => e.FullName == $"{application.Number}-{application.Title}.pdf");
        }
        var index = zip.GetEntry("index.csv")!;
        byte[] indexBytes;
        using (var stream = index.Open())
        using (var buffer = new MemoryStream())
        {
            await stream.CopyToAsync(buffer);
            indexBytes = buffer.ToArray();
        }
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), indexBytes[..3]);
        var lines = Encoding.UTF8.GetString(indexBytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("序号,申报编号,类别代码,类别,项目名称,申报单位,版本,提交时间,校验码,扫描件状态,文件名", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith($"1,{setup.Applications[0].Number},{setup.Code},学术交流活动,{setup.Applications[0].Title},{setup.Applications[0].OrganizationName},1,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith($",未上传,{setup.Applications[0].Number}-{setup.Applications[0].Title}.pdf", lines[1], StringComparison.Ordinal);

        byte[] signed;
        using (var stream = pdfs[0].Open())
        using (var buffer = new MemoryStream())
        {
            await stream.CopyToAsync(buffer);
            signed = buffer.ToArray();
        }
        Assert.Contains("Signature is Valid", await Poppler.OnAsync(signed, "pdfsig"), StringComparison.Ordinal);
        var text = await Poppler.OnAsync(signed, "pdftotext", "-f", "1", "-l", "1");
        Assert.Contains("广西壮族自治区科学技术协会", text, StringComparison.Ordinal);
        Assert.Contains("受理", text, StringComparison.Ordinal);

        // The job is listed, and other associations do not see it.
        Assert.Contains(jobUrl, (await client.GetPageAsync("/guangxi/staff/exports")).QuerySelector("#jobs")!.InnerHtml, StringComparison.Ordinal);
        var other = factory.Browser();
        await other.SignInAsync("admin@xinjiang.example.com");
        foreach (var suffix in new[] { "", "/status", "/download" })
        {
            using var foreign = await other.GetAsync(jobUrl.Replace("/guangxi/", "/xinjiang/", StringComparison.Ordinal) + suffix);
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }
    }

    [Fact]
    public async Task StaleRunningJob_IsRestartedAndFinished()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, "guangxi", 2);
        Guid jobId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync("guangxi"))!;
            scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var job = new ExportJob(association.Id, ExportScope.Category, setup.CategoryId, "中断的导出", null, "test", factory.Clock.GetUtcNow().AddHours(-1));
            // A worker took it an hour ago, got one document far, and died.
            job.Start(5, factory.Clock.GetUtcNow().AddHours(-1));
            job.Progress(1, factory.Clock.GetUtcNow().AddHours(-1));
            db.ExportJobs.Add(job);
            await db.SaveChangesAsync();
            jobId = job.Id;
        }
        var client = factory.Browser();
        await client.SignInAsync("staff@guangxi.example.com");

        var done = await WaitAsync(client, $"/guangxi/staff/exports/{jobId}");

        Assert.Equal("Done", done.GetProperty("status").GetString());
        Assert.Equal(2, done.GetProperty("total").GetInt32());
        Assert.Equal(1L, await factory.CountAsync("SELECT attempts FROM export_jobs WHERE id = $1", jobId));
        Assert.Equal(1L, await factory.CountAsync("SELECT count(*) FROM export_archives WHERE job_id = $1", jobId));
    }

    [Fact]
    public async Task UnknownNumber_IsRefusedWithTheField_AndNothingIsQueued()
    {
        var client = factory.Browser();
        await client.SignInAsync("staff@guangxi.example.com");
        var before = await factory.CountAsync("SELECT count(*) FROM export_jobs");

        using var response = await client.PostFormAsync("/guangxi/staff/exports", "/guangxi/staff/exports",
            new Dictionary<string, string> { ["Scope"] = "Application", ["Number"] = "GX-NONE-0000" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("没有这个编号的已提交申报书", page.FieldError("Number"));
        Assert.Equal("GX-NONE-0000", page.GetElementById("Number")!.GetAttribute("value"));
        Assert.Equal(before, await factory.CountAsync("SELECT count(*) FROM export_jobs"));
    }

    [Fact]
    public async Task SealedPdfOfOneApplication_DownloadsAtOnce_Signed()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, "guangxi", 1);
        var client = factory.Browser();
        await client.SignInAsync("staff@guangxi.example.com");

        using var response = await client.GetAsync($"/guangxi/staff/applications/{setup.Applications[0].ApplicationId}/sealed-pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Signature is Valid", await Poppler.OnAsync(await response.Content.ReadAsByteArrayAsync(), "pdfsig"), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> StatusAsync(HttpClient client, string jobUrl)
    {
        using var response = await client.GetAsync(jobUrl + "/status");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<JsonElement> WaitAsync(HttpClient client, string jobUrl)
    {
        var until = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var status = await StatusAsync(client, jobUrl);
            if (status.GetProperty("finished").GetBoolean() || DateTime.UtcNow > until)
            {
                return status;
            }
            await Task.Delay(300);
        }
    }
}
