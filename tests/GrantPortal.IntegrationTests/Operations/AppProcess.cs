using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GrantPortal.IntegrationTests.Localization;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Operations;

/// <summary>
/// The real app as a separate process on real Kestrel (<c>dotnet src/GrantPortal.Web/bin/{Release|Debug}/net10.0/GrantPortal.Web.dll</c>),
/// on the fixture's database and a free loopback port: for what only a real server shows (request body limits, SIGKILL).
/// <see cref="KillAsync"/> sends SIGKILL; <see cref="StartAsync"/> again restarts it on the same port.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly string _logDirectory = Path.Combine(Path.GetTempPath(), "gp-process-" + Guid.NewGuid().ToString("N")[..8]);
    private Process? _process;

    public AppProcess(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null)
    {
        _database = database;
        _settings = settings ?? new Dictionary<string, string>();
        Port = FreePort();
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public static string Dll
    {
        get
        {
            var configuration = typeof(AppProcess).Assembly.Location.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
            return Path.Combine(LocalizerKeys.RepositoryRoot, "src", "GrantPortal.Web", "bin", configuration, "net10.0", "GrantPortal.Web.dll");
        }
    }

    /// <summary>Starts the app and waits until /healthz answers 200 (the process's database must be migrated and seeded, as a fixture's is).</summary>
    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(Dll)!,
        };
        start.ArgumentList.Add(Dll);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/'),
            ["ConnectionStrings__Owner"] = _database.OwnerConnectionString,
            ["ConnectionStrings__App"] = _database.AppConnectionString,
            // The fixture's in-process app has migrated and seeded this database already: the process starts as a
            // restarted instance does, without re-checking every migration and re-reading every seed call (seconds a start).
            ["GrantPortal__MigrateOnStartup"] = "false",
            ["GrantPortal__SeedDemoAccounts"] = "false",
            ["GrantPortal__LogDirectory"] = _logDirectory,
            ["GrantPortal__ConsoleLog"] = "false",
            ["DOTNET_NOLOGO"] = "1",
        };
        foreach (var (key, value) in _settings)
        {
            environment[key] = value;
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTime.UtcNow.AddSeconds(180); // a busy shared machine starts slowly
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {process.ExitCode} on start; logs in {_logDirectory}");
            }
            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(50); // readiness is polled, not waited for: the test goes on the moment the app answers
        }
        throw new TimeoutException($"The app did not answer /healthz within 180 s; logs in {_logDirectory}");
    }

    /// <summary>SIGKILL: no shutdown, no finally blocks, no flushing — as a power cut or the OOM killer would.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: false); // SIGKILL on Linux
            await process.WaitForExitAsync();
        }
        _process?.Dispose();
        _process = null;
    }

    /// <summary>An HttpClient on the process with its own cookie jar, no redirects followed.</summary>
    public HttpClient Browser() => Browser(out _);

    public HttpClient Browser(out CookieContainer cookies)
    {
        cookies = new CookieContainer();
        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        try
        {
            Directory.Delete(_logDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
