using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GrantPortal.IntegrationTests.Support;

/// <summary>The real app on its own fresh, migrated and seeded PostgreSQL database (four associations, their calls, demo accounts).</summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");
    public TestClock Clock { get; } = new();
    public string LogDirectory { get; } = Path.Combine(Path.GetTempPath(), "gp-test-logs-" + Guid.NewGuid().ToString("N")[..8]);

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _ = Server; // start the app: migrations, grants, seed data
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        Database.Configure(builder, LogDirectory, AppConnectionString);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        ConfigureSettings(builder);
    }

    /// <summary>A fixture that needs a differently configured app changes settings here; they override the ones above.</summary>
    protected virtual void ConfigureSettings(IWebHostBuilder builder)
    {
    }

    protected virtual string AppConnectionString => Database.AppConnectionString;

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "portal";
}
