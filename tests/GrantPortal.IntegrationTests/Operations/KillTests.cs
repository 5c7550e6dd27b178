using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Organizations;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Documents.Scans;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace GrantPortal.IntegrationTests.Operations;

/// <summary>
/// SIGKILL, as a power cut or the OOM killer would, on the real app as a separate process: (a) during many concurrent
/// submissions — after a restart every application is either fully submitted (status, one submission row with its
/// verification code, a number, its receipt notification) or still a draft, and the numbers have neither duplicates nor
/// gaps once the drafts are submitted again; (b) during a bulk export — after a restart the job is taken again and
/// finishes with a valid ZIP holding every application's PDF once.
/// </summary>
public sealed class KillTests(KillTestsFactory factory, ITestOutputHelper output) : IClassFixture<KillTestsFactory>
{
    private const string Tenant = "guangxi";

    /// <summary>Sign-ins (a password hash each) and page loads of the setup, this many at a time: the machine has two cores.</summary>
    private const int Parallel = 4;

    private readonly Stopwatch _watch = Stopwatch.StartNew();

    private static readonly Dictionary<string, string> ProcessSettings = new()
    {
        // A killed export's heartbeat goes stale after 5 s; the worker looks for jobs twice a second.
        ["GrantPortal__Exports__IntervalSeconds"] = "0.5",
        ["GrantPortal__Exports__StaleSeconds"] = "5",
    };

    private sealed record Draft(Guid ApplicationId, Guid OrganizationId, string Email);

    [Fact]
    public async Task KilledDuringSubmissions_NothingIsHalfSubmitted_AndNumbersStayDense()
    {
        const int count = 40;
        var (categoryId, drafts) = await DraftsAsync(count);
        Mark($"{count} drafts and applicants created");
        await using var app = new AppProcess(factory.Database, ProcessSettings);
        await app.StartAsync();
        Mark("app process started");

        // Every applicant signed in, on the check page, with the form's token and revision: ready to press 确认提交.
        var sessions = await InParallelAsync(drafts, async draft =>
        {
            var client = app.Browser();
            await client.SignInAsync(draft.Email);
            return (Draft: draft, Client: client, Form: await SubmitFormAsync(client, draft));
        });
        Mark("applicants signed in, on the check page");

        var posts = sessions.Select(s => Task.Run(async () =>
        {
            try
            {
                using var content = new FormUrlEncodedContent(s.Form);
                using var response = await s.Client.PostAsync(new Uri(SubmitUrl(s.Draft), UriKind.Relative), content);
                return (int)response.StatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                return 0; // the server died mid-request
            }
        })).ToList();
        // Kill once some submissions are in: the others are queued, in flight, or half-way through their transaction.
        var until = DateTime.UtcNow.AddSeconds(20);
        while (await SubmittedAsync(categoryId) < 3 && DateTime.UtcNow < until)
        {
            await Task.Delay(10);
        }
        await app.KillAsync();
        var answers = await Task.WhenAll(posts);
        var submittedAtKill = await SubmittedAsync(categoryId);
        Mark($"killed with {submittedAtKill} of {count} submitted");
        Assert.True(submittedAtKill < count, $"all {count} were submitted before the kill: the test killed nothing mid-flight");
        Assert.Contains(0, answers);

        await app.StartAsync();
        Mark("app process restarted");
        await AssertWholeAsync(categoryId, drafts);
        // A submission the server confirmed (302 to the receipt) was kept.
        foreach (var (session, answer) in sessions.Zip(answers))
        {
            if (answer == (int)HttpStatusCode.Redirect)
            {
                Assert.Equal("Submitted", await ScalarAsync<string>("SELECT status FROM grant_applications WHERE id = $1", session.Draft.ApplicationId));
            }
        }

        // The same people submit what was lost, with the sessions they had (keys in PostgreSQL survive the restart).
        var resubmitted = await InParallelAsync(sessions, async session =>
        {
            using var client = session.Client;
            if (await ScalarAsync<string>("SELECT status FROM grant_applications WHERE id = $1", session.Draft.ApplicationId) != "Draft")
            {
                return HttpStatusCode.Redirect;
            }
            using var content = new FormUrlEncodedContent(await SubmitFormAsync(client, session.Draft));
            using var response = await client.PostAsync(new Uri(SubmitUrl(session.Draft), UriKind.Relative), content);
            return response.StatusCode;
        });
        Assert.All(resubmitted, status => Assert.Equal(HttpStatusCode.Redirect, status));
        Mark("lost submissions made again");
        await AssertWholeAsync(categoryId, drafts);
        Assert.Equal(count, await SubmittedAsync(categoryId));
        // Numbers 1..count, each once: no number was used by a transaction that died, none given twice.
        Assert.Equal(count, await ScalarAsync<int>("SELECT last FROM application_sequences WHERE category_id = $1", categoryId));
        Assert.Equal(count, await ScalarAsync<long>("SELECT count(DISTINCT number) FROM grant_applications WHERE category_id = $1", categoryId));
        Mark("checked");
    }

    [Fact]
    public async Task KilledDuringABulkExport_TheJobIsTakenAgain_AndTheZipHasEveryPdfOnce()
    {
        // Enough PDFs that the kill lands mid-way (after 3) with room to spare; each more only adds a PDF to render twice.
        const int count = 16;
        var setup = await SubmittedApplications.CreateAsync(factory, Tenant, count);
        Mark($"{count} submitted applications created");
        await using var app = new AppProcess(factory.Database, ProcessSettings);
        await app.StartAsync();
        Mark("app process started");
        using var staff = app.Browser();
        await staff.SignInAsync($"staff@{Tenant}.example.com");

        using (var created = await staff.PostFormAsync($"/{Tenant}/staff/exports", $"/{Tenant}/staff/exports",
            new Dictionary<string, string> { ["Scope"] = "Call", ["CallId"] = setup.CallId.ToString() }))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }
        var jobId = await ScalarAsync<Guid>("SELECT id FROM export_jobs WHERE scope_id = $1", setup.CallId);

        // Kill while the worker is part-way through the PDFs.
        var until = DateTime.UtcNow.AddSeconds(40);
        while (DateTime.UtcNow < until && await ScalarAsync<int>("SELECT done FROM export_jobs WHERE id = $1", jobId) < 3)
        {
            await Task.Delay(20);
        }
        await app.KillAsync();
        var doneAtKill = await ScalarAsync<int>("SELECT done FROM export_jobs WHERE id = $1", jobId);
        Mark($"killed with {doneAtKill} of {count} PDFs done");
        Assert.Equal("Running", await ScalarAsync<string>("SELECT status FROM export_jobs WHERE id = $1", jobId));
        Assert.InRange(doneAtKill, 1, count - 1);
        Assert.Equal(0, await ScalarAsync<long>("SELECT count(*) FROM export_archives WHERE job_id = $1", jobId));

        await app.StartAsync();
        Mark("app process restarted");
        until = DateTime.UtcNow.AddSeconds(50);
        string? status = null;
        while (DateTime.UtcNow < until && (status = await ScalarAsync<string>("SELECT status FROM export_jobs WHERE id = $1", jobId)) is not ("Done" or "Failed"))
        {
            await Task.Delay(100);
        }
        Mark($"export {status}");
        Assert.Equal("Done", status);
        Assert.Equal(2, await ScalarAsync<int>("SELECT attempts FROM export_jobs WHERE id = $1", jobId));
        Assert.Equal(count, await ScalarAsync<int>("SELECT done FROM export_jobs WHERE id = $1", jobId));

        var archive = await ScalarAsync<byte[]>("SELECT content FROM export_archives WHERE job_id = $1", jobId);
        using var zip = new ZipArchive(new MemoryStream(archive));
        var pdfs = zip.Entries.Where(e => e.FullName.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
        Assert.Equal(count, pdfs.Count);
        Assert.Equal(count, pdfs.Select(e => e.FullName).Distinct(StringComparer.Ordinal).Count());
        foreach (var application in setup.Applications)
        {
            var entry = Assert.Single(pdfs, e => e.FullName == $"{application.Number}-{application.Title}.pdf");
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer); // reading checks the entry's CRC
            Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(buffer.ToArray(), 0, 5), StringComparison.Ordinal);
        }
        using var index = new StreamReader(zip.GetEntry("index.csv")!.Open(), Encoding.UTF8);
        var lines = (await index.ReadToEndAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(count + 1, lines.Length);

        // And it downloads from the restarted app.
        using var download = await staff.GetAsync(new Uri($"/{Tenant}/staff/exports/{jobId}/download", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(archive, await download.Content.ReadAsByteArrayAsync());
        Mark("checked");
    }

    /// <summary>Where the time goes, in the test's output (the aim is about a minute a test).</summary>
    private void Mark(string what) => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_watch.Elapsed.TotalSeconds,6:0.0} s  {what}"));

    /// <summary>Runs <paramref name="work"/> for each item, <see cref="Parallel"/> at a time; the results in the items' order.</summary>
    private static async Task<List<TResult>> InParallelAsync<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, Task<TResult>> work)
    {
        var results = new TResult[items.Count];
        await System.Threading.Tasks.Parallel.ForEachAsync(
            Enumerable.Range(0, items.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallel }, async (i, _) => results[i] = await work(items[i]));
        return [.. results];
    }

    /// <summary>
    /// Each application is whole: submitted with exactly one submission (version 1, a verification code), a number and
    /// one receipt notification to its applicant, or a draft with none of them.
    /// </summary>
    private async Task AssertWholeAsync(Guid categoryId, IReadOnlyList<Draft> drafts)
    {
        var problems = new List<string>();
        foreach (var draft in drafts)
        {
            await using var connection = new NpgsqlConnection(factory.Database.OwnerConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""
                SELECT a.status, a.number,
                       (SELECT count(*) FROM application_submissions s WHERE s.application_id = a.id),
                       (SELECT count(*) FROM application_submissions s WHERE s.application_id = a.id AND s.version = 1 AND length(s.verification_code) > 0),
                       (SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = $2 AND n.title LIKE '申报已提交%')
                FROM grant_applications a WHERE a.id = $1
                """, connection);
            command.Parameters.AddWithValue(draft.ApplicationId);
            command.Parameters.AddWithValue(draft.Email);
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            var (status, number, submissions, coded, receipts) = (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
            var whole = status switch
            {
                "Submitted" => number is not null && submissions == 1 && coded == 1 && receipts == 1,
                "Draft" => number is null && submissions == 0 && receipts == 0,
                _ => false,
            };
            if (!whole)
            {
                problems.Add($"{draft.ApplicationId}: status {status}, number {number ?? "-"}, submissions {submissions} (coded {coded}), receipts {receipts}");
            }
        }
        Assert.Empty(problems);
        Assert.Equal(0, await ScalarAsync<long>(
            "SELECT count(*) FROM (SELECT number FROM grant_applications WHERE category_id = $1 AND number IS NOT NULL GROUP BY number HAVING count(*) > 1) d", categoryId));
    }

    private Task<long> SubmittedAsync(Guid categoryId) =>
        ScalarAsync<long>("SELECT count(*) FROM grant_applications WHERE category_id = $1 AND status = 'Submitted'", categoryId);

    private async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(factory.Database.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
    }

    private static string SubmitUrl(Draft draft) => $"/{Tenant}/my/applications/{draft.ApplicationId}/submit";

    /// <summary>The fields of the 确认提交 form on the check page (token and revision).</summary>
    private static async Task<Dictionary<string, string>> SubmitFormAsync(HttpClient client, Draft draft)
    {
        var page = await client.GetPageAsync($"/{Tenant}/my/applications/{draft.ApplicationId}/check");
        var form = page.QuerySelector($"form[action='{SubmitUrl(draft)}']") ?? throw new InvalidOperationException("No submit form on the check page: " + page.Text());
        return form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
    }

    /// <summary>
    /// An open call of one category and <paramref name="count"/> complete drafts, each by a new organisation with an
    /// applicant of its own; titles and contents of random characters, so the similarity check refuses none.
    /// </summary>
    private async Task<(Guid CategoryId, IReadOnlyList<Draft> Drafts)> DraftsAsync(int count)
    {
        var created = new List<(Guid ApplicationId, Guid OrganizationId)>();
        Guid categoryId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(Tenant))!;
            scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var now = DateTimeOffset.UtcNow;
            var code = "K" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
            var call = new GrantCall(association.Id, 2030, "断电测试 " + code, now);
            call.Schedule(null, SubmittedApplications.Deadline, false, null, null, null);
            call.SetRules(null, new SubmissionRequirements(), [], new ReviewSettings(), Eligibility.Anyone, new SpendingRules(), [], [], []);
            var category = call.AddCategory(null, code, "学术交流活动");
            category.SetFunding(10000000m, Quota.Range(1, 200), AmountRule.Range(10000m, 50000m), false);
            category.AddFormVersion(SubmittedApplications.Form(), now);
            call.Publish(now);
            var outcome = await scope.ServiceProvider.GetRequiredService<CallEditor>().CreateAsync(call, new CallEditAuthor(null, "test"), "call.create", "测试");
            Assert.Equal(CallEditStatus.Saved, outcome.Status);
            categoryId = category.Id;
            var saved = await db.Categories.Include(c => c.Forms).SingleAsync(c => c.Id == category.Id);
            for (var i = 1; i <= count; i++)
            {
                var body = "51450000MJ" + Random.Shared.Next(1000000, 9999999).ToString(CultureInfo.InvariantCulture);
                Assert.True(UnifiedSocialCreditCode.TryParse(body + UnifiedSocialCreditCode.CheckCharacter(body), out var credit));
                var organization = new ApplicantOrganization(association.Id, $"断电测试单位{code}-{i}", ApplicantType.Society, credit!, "联系人", "0771-1234567", $"{code.ToLowerInvariant()}-{i}@example.com", null, now);
                db.Organizations.Add(organization);
                var application = new GrantApplication(association.Id, saved, organization.Id, null, now);
                application.Save(new Dictionary<string, string>
                {
                    [FormKeys.ProjectName] = RandomChinese(16),
                    ["content"] = RandomChinese(80),
                    [FormKeys.RequestedAmount] = "30000",
                }, 0, CallPhase.Open, null, now);
                db.Applications.Add(application);
                created.Add((application.Id, organization.Id));
            }
            await db.SaveChangesAsync();
        }
        var drafts = await InParallelAsync(created, async c => new Draft(c.ApplicationId, c.OrganizationId, await ScanTestSupport.ApplicantAsync(factory, Tenant, c.OrganizationId)));
        return (categoryId, drafts);
    }

    private static string RandomChinese(int length) =>
        new(Enumerable.Range(0, length).Select(_ => (char)Random.Shared.Next(0x4E00, 0x9FA5)).ToArray());
}
