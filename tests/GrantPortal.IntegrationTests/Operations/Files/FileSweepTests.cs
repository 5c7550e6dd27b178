using GrantPortal.Domain.Files;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Files;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Security.Uploads;
using GrantPortal.IntegrationTests.Support;
using GrantPortal.Web.Operations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GrantPortal.IntegrationTests.Operations.Files;

/// <summary>
/// The sweep of the directory file store on real PostgreSQL and a temporary directory: files no row refers to and
/// temporary leftovers go once older than the grace period; fresh files (uploads in flight) and referenced ones stay; a
/// dry run removes nothing; a row whose file is gone is reported as an error, never repaired.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class FileSweepTests(PortalFactory factory) : IDisposable
{
    private static readonly DateTime LongAgo = DateTime.UtcNow.AddHours(-2);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gp-sweep-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly RecordingLogger _log = new();

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private DirectoryFileSweeper Sweeper(DirectoryFileContentStore store) => new(
        store, factory.Services.GetRequiredService<IServiceScopeFactory>(), factory.Services.GetRequiredService<AssociationDirectory>(),
        FileSweepOptions.Default, TimeProvider.System, _log);

    /// <summary>A file of a new organisation in hunan, written to the store; its row saved when <paramref name="saveRow"/>.</summary>
    private async Task<StoredFile> FileAsync(DirectoryFileContentStore store, Guid organizationId, bool saveRow, bool old)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(UploadSetup.Tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var content = System.Text.Encoding.UTF8.GetBytes("%PDF-1.7\n清理测试 " + Guid.NewGuid() + "\n%%EOF");
        var file = new StoredFile(association.Id, organizationId, "清理.pdf", "application/pdf", content, null, DateTimeOffset.UtcNow);
        await store.PutAsync(file, content);
        if (saveRow)
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.StoredFiles.Add(file);
            await db.SaveChangesAsync();
        }
        if (old)
        {
            File.SetLastWriteTimeUtc(store.PathOf(file), LongAgo);
        }
        return file;
    }

    /// <summary>A temporary file as a write cut short leaves it, next to where the file would be.</summary>
    private static string Temporary(DirectoryFileContentStore store, Guid tenantId, bool old)
    {
        var path = store.PathOf(tenantId, Guid.NewGuid()) + "." + Guid.NewGuid().ToString("N") + DirectoryFileContentStore.TemporarySuffix;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, new byte[123]);
        if (old)
        {
            File.SetLastWriteTimeUtc(path, LongAgo);
        }
        return path;
    }

    [Fact]
    public async Task Sweep_RemovesOldOrphansAndTemporaries_KeepsFreshAndReferencedFiles()
    {
        var store = new DirectoryFileContentStore(_directory);
        var organizationId = (await UploadSetup.CreateAsync(factory)).OrganizationId;
        var referenced = await FileAsync(store, organizationId, saveRow: true, old: true);
        var orphan = await FileAsync(store, organizationId, saveRow: false, old: true);
        var inFlight = await FileAsync(store, organizationId, saveRow: false, old: false);
        var oldTemporary = Temporary(store, referenced.TenantId, old: true);
        var freshTemporary = Temporary(store, referenced.TenantId, old: false);
        // Names not of the store's layout are never touched, however old.
        var stranger = Path.Join(Path.GetDirectoryName(store.PathOf(referenced)), "README.txt");
        File.WriteAllText(stranger, "运维说明");
        File.SetLastWriteTimeUtc(stranger, LongAgo);

        var report = await Sweeper(store).SweepAsync(dryRun: false);

        Assert.False(report.DryRun);
        var swept = Assert.Single(report.Orphans);
        Assert.Equal(store.PathOf(orphan), swept.Path);
        Assert.Equal(orphan.Size, swept.Bytes);
        Assert.Equal(oldTemporary, Assert.Single(report.Temporaries).Path);
        Assert.Equal(orphan.Size + 123, report.Bytes);
        Assert.False(File.Exists(store.PathOf(orphan)));
        Assert.False(File.Exists(oldTemporary));
        Assert.True(File.Exists(store.PathOf(referenced)));
        Assert.True(File.Exists(store.PathOf(inFlight)));
        Assert.True(File.Exists(freshTemporary));
        Assert.True(File.Exists(stranger));
        Assert.DoesNotContain(report.Missing, m => m.FileId == referenced.Id);
        Assert.Contains(_log.Lines, l => l.Level == LogLevel.Information && l.Text.Contains("1 unreferenced files", StringComparison.Ordinal));

        // The referenced file still reads whole; a second sweep finds nothing more to do.
        Assert.NotNull(await store.GetAsync(referenced));
        var again = await Sweeper(store).SweepAsync(dryRun: false);
        Assert.Equal(0, again.Count);
    }

    [Fact]
    public async Task DryRun_ListsWhatWouldGo_AndRemovesNothing()
    {
        var store = new DirectoryFileContentStore(_directory);
        var organizationId = (await UploadSetup.CreateAsync(factory)).OrganizationId;
        var orphan = await FileAsync(store, organizationId, saveRow: false, old: true);
        var temporary = Temporary(store, orphan.TenantId, old: true);
        var before = Directory.GetFiles(_directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await FilesCommand.RunAsync(["sweep", "--dry-run"], Sweeper(store), output, error);

        Assert.Equal(before, Directory.GetFiles(_directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList());
        var text = output.ToString();
        Assert.Contains("将删除（无记录）" + store.PathOf(orphan), text, StringComparison.Ordinal);
        Assert.Contains("将删除（临时文件）" + temporary, text, StringComparison.Ordinal);
        Assert.Contains("将删除 2 个文件", text, StringComparison.Ordinal);
        Assert.Equal("", error.ToString());
        Assert.True(code is 0 or 1, $"exit {code}"); // 1 when the shared database holds rows of other tests' directories

        // Then for real, through the same command.
        using var realOutput = new StringWriter();
        await FilesCommand.RunAsync(["sweep"], Sweeper(store), realOutput, error);
        Assert.Contains("已删除 2 个文件", realOutput.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(store.PathOf(orphan)));
        Assert.False(File.Exists(temporary));
    }

    [Fact]
    public async Task ARowWhoseFileIsGone_IsReportedAsAnError_AndNotRepaired()
    {
        var store = new DirectoryFileContentStore(_directory);
        var organizationId = (await UploadSetup.CreateAsync(factory)).OrganizationId;
        var lost = await FileAsync(store, organizationId, saveRow: true, old: false);
        File.Delete(store.PathOf(lost));

        var report = await Sweeper(store).SweepAsync(dryRun: false);

        var missing = Assert.Single(report.Missing, m => m.FileId == lost.Id);
        Assert.Equal(UploadSetup.Tenant, missing.Tenant);
        Assert.Equal(store.PathOf(lost), missing.ExpectedPath);
        Assert.Contains(_log.Lines, l => l.Level == LogLevel.Error && l.Text.Contains(lost.Id.ToString(), StringComparison.Ordinal));
        Assert.False(File.Exists(store.PathOf(lost)));
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM stored_files WHERE id = $1", lost.Id));
    }

    [Fact]
    public async Task TheSweeperRuns_OnlyWithTheDirectoryStore()
    {
        Assert.Null(factory.Services.GetService<DirectoryFileSweeper>());
        Assert.DoesNotContain(factory.Services.GetServices<IHostedService>(), s => s is DirectoryFileSweepService);
        using var error = new StringWriter();
        Assert.Equal(2, await FilesCommand.RunAsync(["sweep", "--dry-run"], null, TextWriter.Null, error));

        await using var app = factory.WithWebHostBuilder(builder => builder
            .UseSetting("Files:Store", "Directory")
            .UseSetting("Files:Directory", _directory)
            .UseSetting("Files:Sweep:IntervalMinutes", "1440")
            .UseSetting("Files:Sweep:GraceMinutes", "90"));
        var sweeper = app.Services.GetRequiredService<DirectoryFileSweeper>();
        Assert.Equal(TimeSpan.FromMinutes(1440), sweeper.Options.Interval);
        Assert.Equal(TimeSpan.FromMinutes(90), sweeper.Options.Grace);
        Assert.Contains(app.Services.GetServices<IHostedService>(), s => s is DirectoryFileSweepService);
    }

    [Fact]
    public void AGraceTooShortForUploadsInFlight_IsRefused()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Sweep:GraceMinutes"] = "1" })
            .Build();
        Assert.Throws<InvalidOperationException>(() => FileSweepOptions.From(configuration));
        Assert.Equal(FileSweepOptions.Default, FileSweepOptions.From(new ConfigurationBuilder().Build()));
    }

    /// <summary>Keeps what the sweeper logs, to check what it reports.</summary>
    private sealed class RecordingLogger : ILogger<DirectoryFileSweeper>
    {
        public List<(LogLevel Level, string Text)> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add((logLevel, formatter(state, exception)));
    }
}
