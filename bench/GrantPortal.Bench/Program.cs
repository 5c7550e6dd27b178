// Requests per second of the public association page /guangxi as the real app serves it (EF Core, MVC, Razor, the
// app's middleware) against a raw-Npgsql page with the same rows, side by side in one process, one database, one
// Kestrel server and one HttpClient load. See bench/README.md.
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using GrantPortal.Bench;
using GrantPortal.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

internal static class PageBench
{
    private const string Tenant = "guangxi";
    private const string AppPath = "/" + Tenant;
    private const string RawPath = "/__bench/raw/" + Tenant;

    public static async Task<int> Main(string[] args)
    {
        // `-- ranking`: the ranking and allocation bench (RankingBench.cs), no web server or database.
        if (args.Length > 0 && args[0] == "ranking")
        {
            return RankingBench.Run();
        }
        if (args is ["load", ..])
        {
            return await GrantPortal.Bench.Load.LoadBench.RunAsync(args[1..]); // deadline day: bench/run-load.sh
        }
        if (args is ["staff", ..])
        {
            return await GrantPortal.Bench.Load.StaffPagesBench.RunAsync(args[1..]); // the staff pages over N submitted applications, one at a time
        }
        if (args is ["pdf", ..])
        {
            return await PdfBench.RunAsync(args[1..]); // the application PDF bench: bench/run-pdf-bench.sh
        }
        var options = BenchOptions.Parse(args);
        // WebApplicationFactory reads MvcTestingAppManifest.json (the app's content root) from the current directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);

        Console.WriteLine($"GrantPortal page bench: {options.Concurrency} concurrent loops, {options.Warmup.TotalSeconds:0}s warm-up, {options.Rounds} rounds of {options.Duration.TotalSeconds:0}s per page, .NET {Environment.Version}, {Environment.ProcessorCount} cores");
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new BenchFactory(database, Tenant, RawPath);
        factory.Start();
        Console.WriteLine($"app on {factory.BaseAddress}, database {database.Name}");

        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Concurrency * 2,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
            AllowAutoRedirect = false,
        })
        { BaseAddress = factory.BaseAddress };

        // Same rows on both pages, or the comparison means nothing.
        var appHtml = await client.GetStringAsync(AppPath);
        var rawHtml = await client.GetStringAsync(RawPath);
        var appCodes = Codes(appHtml);
        var rawCodes = Codes(rawHtml);
        Console.WriteLine($"rows: app {appCodes.Count} ({appHtml.Length / 1024} KiB), raw {rawCodes.Count} ({rawHtml.Length / 1024} KiB)");
        if (appCodes.Count == 0 || !appCodes.SequenceEqual(rawCodes))
        {
            Console.Error.WriteLine("error: the two pages do not list the same category rows");
            Console.Error.WriteLine("app: " + string.Join(" ", appCodes));
            Console.Error.WriteLine("raw: " + string.Join(" ", rawCodes));
            return 1;
        }

        await Load.RunAsync(client, AppPath, options.Concurrency, options.Warmup);
        await Load.RunAsync(client, RawPath, options.Concurrency, options.Warmup);
        var results = new Dictionary<string, List<Load.Result>> { ["app"] = [], ["raw"] = [] };
        if (args.Contains("--diagnose"))
        {
            Console.WriteLine("catalog-only rows: " + Codes(await client.GetStringAsync(RawPath.Replace("/raw/", "/catalog/", StringComparison.Ordinal))).Count);
        }
        for (var round = 1; round <= options.Rounds; round++)
        {
            var pages = new List<(string, string)> { ("app", AppPath), ("raw", RawPath) };
        if (args.Contains("--diagnose"))
        {
            pages.Add(("catalog", RawPath.Replace("/raw/", "/catalog/", StringComparison.Ordinal)));
            results.TryAdd("catalog", []);
        }
        foreach (var (label, path) in pages)
            {
                var result = await Load.RunAsync(client, path, options.Concurrency, options.Duration);
                results[label].Add(result);
                Console.WriteLine($"round {round} {label,-7} {path,-26} {result.RequestsPerSecond,9:0.0} req/s  p50 {result.Percentile(50),7:0.00} ms  p99 {result.Percentile(99),7:0.00} ms  errors {result.Errors}");
            }
        }

        var app = Load.Result.Combine(results["app"]);
        var raw = Load.Result.Combine(results["raw"]);
        Console.WriteLine();
        Console.WriteLine("| page | req/s | p50 ms | p99 ms |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine($"| app `{AppPath}` (EF Core + MVC + Razor) | {app.RequestsPerSecond:0} | {app.Percentile(50):0.00} | {app.Percentile(99):0.00} |");
        Console.WriteLine($"| raw `{RawPath}` (Npgsql + StringBuilder) | {raw.RequestsPerSecond:0} | {raw.Percentile(50):0.00} | {raw.Percentile(99):0.00} |");
        Console.WriteLine($"ratio app/raw (req/s): {app.RequestsPerSecond / raw.RequestsPerSecond:0.00}");
        return app.Errors + raw.Errors == 0 ? 0 : 2;

    }

    private static List<string> Codes(string html) =>
        Regex.Matches(html, "<tr class=\"depth-[^\"]*\" data-code=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
}

/// <summary>The real app on Kestrel over a fresh seeded database, plus the raw page mapped in front of its pipeline.</summary>
internal sealed class BenchFactory(TestDatabase database, string tenant, string rawPath) : KestrelAppFactory(database, "gp-bench-logs-")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RawPageStartupFilter(Database, tenant, rawPath)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (RawPageStartupFilter.DataSource is { } dataSource)
        {
            await dataSource.DisposeAsync();
        }
        try
        {
            Directory.Delete(LogDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Maps the raw page ahead of the app's whole pipeline (no app middleware, no routing, no MVC).</summary>
internal sealed class RawPageStartupFilter(TestDatabase database, string tenant, string rawPath) : IStartupFilter
{
    public static NpgsqlDataSource? DataSource { get; private set; }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        RawAssociationPage? page = null;
        var gate = new SemaphoreSlim(1, 1);
        // Diagnosis: the app's own data access (CallCatalog over PortalDbContext, with the tenant interceptor) without MVC or Razor.
        app.Map(rawPath.Replace("/raw/", "/catalog/", StringComparison.Ordinal), branch => branch.Run(async context =>
        {
            var directory = context.RequestServices.GetRequiredService<GrantPortal.Infrastructure.Tenancy.AssociationDirectory>();
            context.RequestServices.GetRequiredService<GrantPortal.Infrastructure.Tenancy.TenantContext>().SetTenant((await directory.FindAsync(tenant))!);
            var db = context.RequestServices.GetRequiredService<GrantPortal.Infrastructure.Data.PortalDbContext>();
            var calls = await GrantPortal.Web.Areas.Public.Calls.CallCatalog.PublishedAsync(db, DateTimeOffset.UtcNow, callId: null, context.RequestAborted);
            await context.Response.WriteAsync(string.Concat(calls.SelectMany(c => c.Categories).Select(r => $"<tr class=\"depth-{r.Depth}\" data-code=\"{r.Code}\"></tr>\n")));
        }));
        app.Map(rawPath, branch => branch.Run(async context =>
        {
            if (page is null)
            {
                await gate.WaitAsync();
                try
                {
                    page ??= await CreateAsync();
                }
                finally
                {
                    gate.Release();
                }
            }
            await page.HandleAsync(context);
        }));
        next(app);
    };

    private async Task<RawAssociationPage> CreateAsync()
    {
        // The association itself (not a tenant table): read once, as the app's AssociationDirectory caches it.
        await using var owner = new NpgsqlConnection(database.OwnerConnectionString);
        await owner.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id, name, name_en FROM associations WHERE identifier = $1", owner);
        command.Parameters.Add(new NpgsqlParameter { Value = tenant });
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException($"No association '{tenant}'.");
        }
        var dataSource = NpgsqlDataSource.Create(database.AppConnectionString); // the app role: row-level security applies
        DataSource = dataSource;
        return new RawAssociationPage(dataSource, reader.GetGuid(0), tenant, reader.GetString(1), reader.GetString(2));
    }
}

internal static class Load
{
    public static async Task<Result> RunAsync(HttpClient client, string path, int concurrency, TimeSpan duration)
    {
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var loops = Enumerable.Range(0, concurrency).Select(loop => Task.Run(async () =>
        {
            var latencies = new List<double>(8192);
            var errors = 0;
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                    _ = await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != System.Net.HttpStatusCode.OK)
                    {
                        errors++;
                        continue;
                    }
                }
                catch (HttpRequestException)
                {
                    errors++;
                    continue;
                }
                latencies.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
            return (latencies, errors);
        })).ToList();
        var done = await Task.WhenAll(loops);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new Result(done.SelectMany(d => d.latencies).ToList(), done.Sum(d => d.errors), elapsed);
    }

    public sealed class Result(List<double> latencies, int errors, TimeSpan elapsed)
    {
        private readonly double[] _sorted = [.. latencies.Order()];

        public int Errors => errors;
        public TimeSpan Elapsed => elapsed;
        public int Count => _sorted.Length;
        public double RequestsPerSecond => _sorted.Length / elapsed.TotalSeconds;

        public double Percentile(double p) => GrantPortal.Bench.Percentile.Of(_sorted, p);

        public static Result Combine(IEnumerable<Result> results)
        {
            var list = results.ToList();
            return new Result([.. list.SelectMany(r => r._sorted)], list.Sum(r => r.Errors), TimeSpan.FromTicks(list.Sum(r => r.Elapsed.Ticks)));
        }
    }
}

internal sealed record BenchOptions(int Concurrency, TimeSpan Warmup, TimeSpan Duration, int Rounds)
{
    public static BenchOptions Parse(string[] args)
    {
        int Get(string name, int fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        }
        return new BenchOptions(Get("concurrency", 16), TimeSpan.FromSeconds(Get("warmup", 20)), TimeSpan.FromSeconds(Get("duration", 10)), Get("rounds", 2));
    }
}
