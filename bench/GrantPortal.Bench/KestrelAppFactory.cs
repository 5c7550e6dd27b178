using GrantPortal.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.Bench;

/// <summary>
/// The real app on Kestrel (a real socket on 127.0.0.1) over a fresh seeded database, as deployed: Production, the
/// app's own file logging on (a line per request), console off. The benches build on it.
/// </summary>
internal class KestrelAppFactory(TestDatabase database, string logPrefix) : WebApplicationFactory<Program>
{
    protected TestDatabase Database { get; } = database;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Configuration the run sets on top of the test database's (e.g. the file store).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>The app's log files.</summary>
    public string LogDirectory { get; } = Path.Combine(Path.GetTempPath(), logPrefix + Guid.NewGuid().ToString("N")[..8]);

    public void Start()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal).Replace("://localhost", "://127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        Database.Configure(builder, LogDirectory);
        // Plain http on 127.0.0.1, as run.sh: cookies Secure only over HTTPS (production behind TLS keeps Always).
        builder.UseSetting("GrantPortal:CookieSecurePolicy", "SameAsRequest");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
