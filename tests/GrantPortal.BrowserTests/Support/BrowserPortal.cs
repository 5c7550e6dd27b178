using GrantPortal.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GrantPortal.BrowserTests.Support;

/// <summary>
/// The real app on Kestrel (a real port on 127.0.0.1) over its own fresh, migrated and seeded database, and one
/// headless Debian Chromium driven by Playwright. Playwright never downloads a browser here: CHROMIUM_PATH
/// (default /usr/bin/chromium) is launched directly.
/// </summary>
public sealed class BrowserPortal : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string LogDirectory { get; } = Path.Combine(Path.GetTempPath(), "gp-browser-logs-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>Screenshots and other artefacts: TestResults/screenshots under the test output directory.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        UseKestrel(0);
        StartServer(); // migrations, grants, seed data
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no addresses.");
        var address = addresses.First().Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal).Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://localhost", "://127.0.0.1", StringComparison.Ordinal);
        BaseAddress = new Uri(address.TrimEnd('/'));

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var database = _database ?? throw new InvalidOperationException("Not initialised.");
        builder.UseEnvironment("Testing");
        database.Configure(builder, LogDirectory);
    }

    /// <summary>A fresh browser context (own cookies) whose relative URLs resolve against the app.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
        });
        return await context.NewPageAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserPortal>
{
    public const string Name = "browser";
}
