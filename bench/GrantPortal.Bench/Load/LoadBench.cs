using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using GrantPortal.IntegrationTests.Support;
using Npgsql;

namespace GrantPortal.Bench.Load;

/// <summary>
/// Deadline day (issue 8): N applicant sessions arriving evenly over M minutes, each signing in, opening the form,
/// autosaving ten times, uploading a 5 MB sealed scan and submitting, while staff keep using their pages. Reports
/// p50/p95/p99 per request kind and the errors, then checks in the database (not by the client) that every session
/// left exactly one submission. See bench/README.md.
/// </summary>
internal static class LoadBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = LoadOptions.Parse(args);
        // --out is relative to where the bench was started, not to the directory the app needs to run from.
        options = options with { Out = options.Out is { } given ? Path.GetFullPath(given) : null };
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        Console.WriteLine($"GrantPortal load bench: {options.Sessions} applicant sessions over {options.Minutes} min, think {options.Think.TotalSeconds:0.#} s, {options.Staff} staff, scan {options.ScanMegabytes} MB ({options.Store} store), tenant {options.Tenant}, .NET {Environment.Version}, {Environment.ProcessorCount} cores");

        await using var database = await TestDatabase.CreateAsync();
        // The scans' bytes: in a directory (fsync per file, as Files:Store=Directory deploys) or in PostgreSQL (the default store).
        var files = options.Store == "directory" ? Directory.CreateTempSubdirectory("gp-load-files-").FullName : null;
        await using var factory = new KestrelAppFactory(database, "gp-load-logs-")
        {
            Settings = files is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Files:Store"] = "Directory", ["Files:Directory"] = files },
        };
        factory.Start();
        Console.WriteLine($"app on {factory.BaseAddress}, database {database.Name}, logs in {factory.LogDirectory}");

        var setupWatch = Stopwatch.StartNew();
        var population = await LoadSetup.CreateAsync(factory.Services, options.Tenant, options.Sessions);
        await LoadSetup.AnalyzeAsync(database.OwnerConnectionString);
        Console.WriteLine($"set-up: {population.Sessions.Count} organisations, accounts and drafts in {setupWatch.Elapsed.TotalSeconds:0.0} s");

        var scan = ScanPdf(options.ScanMegabytes * 1024 * 1024);
        var recorder = new LoadRecorder();
        using var stop = new CancellationTokenSource();
        var staff = Enumerable.Range(0, options.Staff)
            .Select(_ => StaffLoopAsync(factory.BaseAddress, options.Tenant, population.CallId, recorder, stop.Token))
            .ToList();

        using var runtime = new RuntimeSampler();
        var started = Stopwatch.GetTimestamp();
        var interval = options.Minutes * 60.0 / options.Sessions;
        var completed = 0;
        var running = 0;
        var peak = 0;
        var sessions = population.Sessions.Select(async (s, i) =>
        {
            var due = TimeSpan.FromSeconds(i * interval) - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            try
            {
                if (await new LoadSession(factory.BaseAddress, options.Tenant, s, scan, recorder, options.Think).RunAsync())
                {
                    Interlocked.Increment(ref completed);
                }
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }).ToList();
        using (var progress = new Timer(_ => Console.WriteLine(
            $"  {Stopwatch.GetElapsedTime(started).TotalSeconds,6:0} s: {Volatile.Read(ref completed)} submitted, {Volatile.Read(ref running)} in progress, {recorder.TotalErrors} errors"), null, 30_000, 30_000))
        {
            await Task.WhenAll(sessions);
        }
        var elapsed = Stopwatch.GetElapsedTime(started);
        await stop.CancelAsync();
        await Task.WhenAll(staff);

        var check = await CheckDatabaseAsync(database, population);
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Load run {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"{options.Sessions} sessions over {options.Minutes} min (think {options.Think.TotalSeconds:0.#} s, {options.Staff} staff loops, scan {options.ScanMegabytes} MB), {Environment.ProcessorCount} cores, .NET {Environment.Version}; ran {elapsed.TotalSeconds:0} s, peak {peak} sessions at once, {completed} sessions completed.");
        report.AppendLine();
        report.Append(recorder.Table());
        report.AppendLine();
        report.AppendLine(runtime.Summary());
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"PostgreSQL: {LoadOptions.DatabaseNote}");
        report.AppendLine();
        report.AppendLine(files is null
            ? "Files: the scans' bytes in PostgreSQL (stored_file_contents, the default store), so in its WAL."
            : "Files: the scans' bytes in a directory on the same disk (Files:Store=Directory; each file fsynced before its row is saved), not in PostgreSQL.");
        report.AppendLine();
        report.AppendLine(check.Summary);
        foreach (var sample in recorder.ErrorSamples)
        {
            report.AppendLine("- error: " + sample);
        }
        Console.WriteLine();
        Console.WriteLine(report);
        if (options.Out is { } path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await File.WriteAllTextAsync(path, report.ToString());
            Console.WriteLine("written " + path);
        }
        if (files is not null)
        {
            Directory.Delete(files, recursive: true);
        }
        return recorder.TotalErrors == 0 && check.Ok ? 0 : 2;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    /// <summary>Staff at work during the rush: the call overview, its applications list and the formal-check list, in a loop.</summary>
    private static async Task StaffLoopAsync(Uri baseAddress, string tenant, Guid callId, LoadRecorder recorder, CancellationToken stop)
    {
        using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress };
        await SignInStaffAsync(client, tenant, stop);
        var pages = StaffPages(tenant, callId);
        var i = Random.Shared.Next(pages.Length);
        while (!stop.IsCancellationRequested)
        {
            var (kind, page) = pages[i++ % pages.Length];
            var t0 = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.GetAsync(page, stop);
                _ = await response.Content.ReadAsByteArrayAsync(stop);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    recorder.Record(kind, Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                }
                else
                {
                    recorder.Error(kind, $"{(int)response.StatusCode} {page}");
                }
                await Task.Delay(TimeSpan.FromSeconds(1), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (HttpRequestException e)
            {
                recorder.Error(kind, e.Message);
            }
        }
    }

    /// <summary>Signs <paramref name="client"/> (with its own cookies) in as the association's staff account.</summary>
    public static async Task SignInStaffAsync(HttpClient client, string tenant, CancellationToken stop)
    {
        var login = await client.GetStringAsync("/account/login", stop);
        var token = Regex.Match(login, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var signIn = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = $"staff@{tenant}.example.com", ["Password"] = GrantPortal.Infrastructure.Seeding.DemoAccounts.Password, ["__RequestVerificationToken"] = token,
        }), stop);
        if (signIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"staff sign-in answered {(int)signIn.StatusCode}");
        }
    }

    /// <summary>The staff pages in use during the rush: the call overview, its applications list, the formal-check list and the list of calls.</summary>
    public static (string Kind, string Url)[] StaffPages(string tenant, Guid callId) =>
    [
        ("staff-call", $"/{tenant}/staff/calls/{callId}"), ("staff-applications", $"/{tenant}/staff/calls/{callId}/applications"),
        ("staff-formal-check", $"/{tenant}/staff/calls/{callId}/formal-check"), ("staff-calls", $"/{tenant}/staff/calls"),
    ];

    private sealed record DatabaseCheck(bool Ok, string Summary);

    /// <summary>By SQL, as the owner: each session's application submitted exactly once (one submission row, a number, status Submitted).</summary>
    private static async Task<DatabaseCheck> CheckDatabaseAsync(TestDatabase database, LoadSetup.Population population)
    {
        await using var connection = new NpgsqlConnection(database.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*) FILTER (WHERE a.status = 'Submitted' AND a.number IS NOT NULL AND s.n = 1) AS exactly_one,
                   count(*) FILTER (WHERE coalesce(s.n, 0) = 0) AS none,
                   count(*) FILTER (WHERE s.n > 1) AS more_than_one,
                   count(*) FILTER (WHERE a.status = 'Submitted' AND coalesce(s.n, 0) <> 1) AS inconsistent,
                   (SELECT count(*) - count(DISTINCT number) FROM grant_applications WHERE call_id = $1 AND number IS NOT NULL) AS duplicate_numbers
            FROM grant_applications a
            LEFT JOIN (SELECT application_id, count(*) AS n FROM application_submissions GROUP BY application_id) s ON s.application_id = a.id
            WHERE a.call_id = $1
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = population.CallId });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        long exactlyOne = reader.GetInt64(0), none = reader.GetInt64(1), more = reader.GetInt64(2), inconsistent = reader.GetInt64(3), duplicates = reader.GetInt64(4);
        var ok = exactlyOne == population.Sessions.Count && none == 0 && more == 0 && inconsistent == 0 && duplicates == 0;
        return new DatabaseCheck(ok,
            $"Database check (SQL): {exactlyOne} of {population.Sessions.Count} applications submitted exactly once; {none} without a submission, {more} with more than one, {inconsistent} inconsistent, {duplicates} duplicate numbers → **{(ok ? "OK" : "MISMATCH")}**.");
    }

    /// <summary>A well-formed PDF of about <paramref name="bytes"/> bytes: one page, and a stream of random bytes standing for the scanned image.</summary>
    private static byte[] ScanPdf(int bytes)
    {
        var payload = new byte[Math.Max(0, bytes - 600)];
        new Random(42).NextBytes(payload);
        using var output = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => output.Write(Encoding.ASCII.GetBytes(text));
        Write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        offsets.Add(output.Position);
        Write("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        offsets.Add(output.Position);
        Write("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        offsets.Add(output.Position);
        Write("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n");
        offsets.Add(output.Position);
        Write($"4 0 obj << /Length {payload.Length} >> stream\n");
        output.Write(payload);
        Write("\nendstream endobj\n");
        var xref = output.Position;
        Write("xref\n0 5\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(offset.ToString("0000000000", CultureInfo.InvariantCulture) + " 00000 n \n");
        }
        Write($"trailer << /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }
}

internal sealed record LoadOptions(int Sessions, double Minutes, TimeSpan Think, int Staff, int ScanMegabytes, string Tenant, string? Out, string Store)
{
    /// <summary>How the server was run, as run-load.sh says (GRANTPORTAL_LOAD_DB_NOTE), for the report.</summary>
    public static string DatabaseNote => Environment.GetEnvironmentVariable("GRANTPORTAL_LOAD_DB_NOTE") ?? "the server in GRANTPORTAL_TEST_DB";

    public static LoadOptions Parse(string[] args)
    {
        string? Get(string name)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        return new LoadOptions(
            int.Parse(Get("sessions") ?? "2000", CultureInfo.InvariantCulture),
            double.Parse(Get("minutes") ?? "10", CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(Get("think") ?? "3", CultureInfo.InvariantCulture)),
            int.Parse(Get("staff") ?? "4", CultureInfo.InvariantCulture),
            int.Parse(Get("scan-mb") ?? "5", CultureInfo.InvariantCulture),
            Get("tenant") ?? "hunan",
            Get("out"),
            Get("store") switch
            {
                null or "directory" => "directory",
                "postgres" => "postgres",
                var other => throw new ArgumentException($"--store {other}: use directory or postgres"),
            });
    }
}
