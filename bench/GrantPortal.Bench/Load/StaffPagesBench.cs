using System.Diagnostics;
using System.Globalization;
using System.Net;
using GrantPortal.Infrastructure.FormalChecks;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.Bench.Load;

/// <summary>
/// The staff pages of deadline day one request at a time, over a call with N submitted applications: what each page
/// costs on its own (ms and bytes allocated per request), without the rush around it. `-- staff --applications 2000`.
/// The formal-check list's data is also timed without its page (<see cref="FormalCheckService.QueueAsync"/>, checklist
/// summaries cached), and against building every checklist (<see cref="FormalCheckService.RowsAsync"/>, what the list did
/// before and the bulk confirmation still does).
/// </summary>
internal static class StaffPagesBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        int Get(string name, int fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        }
        var count = Get("applications", 2000);
        var requests = Get("requests", 40);
        var hold = Get("hold", 0);
        const string tenant = "hunan";
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        Console.WriteLine($"GrantPortal staff pages bench: {count} submitted applications, {requests} requests per page after 5 warm-up, .NET {Environment.Version}, {Environment.ProcessorCount} cores");

        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new KestrelAppFactory(database, "gp-staff-logs-");
        factory.Start();
        var watch = Stopwatch.StartNew();
        var setup = await LoadSetup.CreateAsync(factory.Services, tenant, count, submitted: true);
        await LoadSetup.AnalyzeAsync(database.OwnerConnectionString);
        Console.WriteLine($"set-up: {count} submitted applications in {watch.Elapsed.TotalSeconds:0.0} s");

        using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = factory.BaseAddress };
        await LoadBench.SignInStaffAsync(client, tenant, CancellationToken.None);

        Console.WriteLine();
        Console.WriteLine("| page | p50 ms | p99 ms | max ms | KiB allocated per request | KiB of HTML |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (kind, url) in LoadBench.StaffPages(tenant, setup.CallId))
        {
            var size = 0;
            var row = await TimeAsync(requests, async () =>
            {
                using var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{url}: {(int)response.StatusCode}");
                }
                size = body.Length;
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {row} | {size / 1024} |"));
        }
        foreach (var (label, everyChecklist) in new[] { ("the list's data: FormalCheckService.QueueAsync", false), ("every checklist built, as the list did before: RowsAsync", true) })
        {
            var data = await TimeAsync(requests, async () =>
            {
                await using var scope = factory.Services.CreateAsyncScope();
                var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
                scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
                var checks = scope.ServiceProvider.GetRequiredService<FormalCheckService>();
                var call = (await checks.CallAsync(setup.CallId))!;
                var rows = everyChecklist ? (await checks.RowsAsync(call)).Count : (await checks.QueueAsync(call)).Count;
                if (rows != count)
                {
                    throw new InvalidOperationException($"{rows} rows, {count} expected");
                }
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| ({label}) | {data} | |"));
        }
        if (hold > 0)
        {
            // To look at the pages at this scale in a browser (staff@hunan.example.com, the demo password).
            Console.WriteLine($"holding the app for {hold} s: {factory.BaseAddress}hunan/staff/calls/{setup.CallId}/formal-check");
            await Task.Delay(TimeSpan.FromSeconds(hold));
        }
        return 0;
    }

    /// <summary>"p50 | p99 | max | KiB allocated" of <paramref name="requests"/> runs after five warm-up runs.</summary>
    private static async Task<string> TimeAsync(int requests, Func<Task> run)
    {
        for (var i = 0; i < 5; i++)
        {
            await run();
        }
        var times = new List<double>(requests);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < requests; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            await run();
            times.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        times.Sort();
        return string.Create(CultureInfo.InvariantCulture, $"{Percentile.Of(times, 50):0.0} | {Percentile.Of(times, 99):0.0} | {times[^1]:0.0} | {allocated / requests / 1024:0}");
    }
}
