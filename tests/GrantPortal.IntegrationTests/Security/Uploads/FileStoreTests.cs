using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GrantPortal.Domain.Files;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Files;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Security.Uploads;

/// <summary>
/// The file store behind uploads: PostgreSQL by default (bytes saved with the row, in its transaction), or a shared
/// directory by configuration (ids as paths, written whole or not at all, checked against the SHA-256 when read).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class FileStoreTests(PortalFactory factory) : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gp-files-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static StoredFile NewFile(byte[] content, string name = "申报书.pdf") =>
        new(Guid.NewGuid(), Guid.NewGuid(), name, "application/pdf", content, null, DateTimeOffset.UtcNow);

    [Fact]
    public void Postgres_IsTheDefault()
    {
        using var scope = factory.Services.CreateScope();
        Assert.IsType<PostgresFileContentStore>(scope.ServiceProvider.GetRequiredService<IFileContentStore>());
    }

    [Fact]
    public async Task Directory_PutGetDelete_UnderIdsOnly_NoTemporaryFilesLeft()
    {
        var store = new DirectoryFileContentStore(_directory);
        var content = "%PDF-1.7\n内容\n%%EOF"u8.ToArray();
        var file = NewFile(content, "../../etc/passwd");

        Assert.Null(await store.GetAsync(file));
        await store.PutAsync(file, content);

        var path = store.PathOf(file);
        Assert.StartsWith(Path.GetFullPath(_directory) + Path.DirectorySeparatorChar, path, StringComparison.Ordinal);
        Assert.Equal(file.Id.ToString("N"), Path.GetFileName(path));
        Assert.Equal(content, await File.ReadAllBytesAsync(path));
        Assert.Equal(content, await store.GetAsync(file));
        Assert.Single(Directory.GetFiles(_directory, "*", SearchOption.AllDirectories));

        // Stored again (a retried save): replaced whole.
        await store.PutAsync(file, content);
        Assert.Single(Directory.GetFiles(_directory, "*", SearchOption.AllDirectories));

        await store.DeleteAsync(file);
        Assert.Null(await store.GetAsync(file));
        Assert.Empty(Directory.GetFiles(_directory, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Directory_AChangedFile_IsRefusedWhenRead()
    {
        var store = new DirectoryFileContentStore(_directory);
        var content = "%PDF-1.7\n原件\n%%EOF"u8.ToArray();
        var file = NewFile(content);
        await store.PutAsync(file, content);
        await File.WriteAllBytesAsync(store.PathOf(file), "%PDF-1.7\n改过\n%%EOF"u8.ToArray());

        await Assert.ThrowsAsync<InvalidDataException>(() => store.GetAsync(file));
    }

    [Fact]
    public async Task Postgres_PutIsSavedWithTheRow_GetAndDelete()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(UploadSetup.Tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<IFileContentStore>();
        var created = await UploadSetup.CreateAsync(factory);
        var content = "%PDF-1.7\n数据库\n%%EOF"u8.ToArray();
        var file = new StoredFile(association.Id, created.OrganizationId, "数据库.pdf", "application/pdf", content, null, DateTimeOffset.UtcNow);

        await store.PutAsync(file, content);
        Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM stored_file_contents WHERE id = $1", file.Id));
        db.StoredFiles.Add(file);
        await db.SaveChangesAsync();
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM stored_file_contents WHERE id = $1", file.Id));
        Assert.Equal(content, await store.GetAsync(file));

        await store.DeleteAsync(file);
        await db.SaveChangesAsync();
        Assert.Null(await store.GetAsync(file));
    }

    [Fact]
    public async Task DirectoryByConfiguration_UploadsGoToTheDirectory_AndDownload()
    {
        await using var app = factory.WithWebHostBuilder(builder => builder
            .UseSetting("Files:Store", "Directory")
            .UseSetting("Files:Directory", _directory));
        using (var scope = app.Services.CreateScope())
        {
            Assert.IsType<DirectoryFileContentStore>(scope.ServiceProvider.GetRequiredService<IFileContentStore>());
        }
        var created = await UploadSetup.CreateAsync(factory);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await client.SignInAsync(created.Email);
        var page = await client.GetPageAsync(created.EditUrl);
        var token = page.QuerySelector($"form[action='{created.UploadUrl}'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var revision = page.QuerySelector($"form[action='{created.UploadUrl}'] input[name=Revision]")!.GetAttribute("value")!;
        var pdf = "%PDF-1.7\n目录存储\n%%EOF"u8.ToArray();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(revision), "Revision" },
        };
        var part = new ByteArrayContent(pdf);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(part, "v.scan", "目录存储.pdf");
        using var request = new HttpRequestMessage(HttpMethod.Post, created.UploadUrl) { Content = form };
        request.Headers.Accept.ParseAdd("application/json");
        using var uploaded = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        using var result = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync());
        var fileId = result.RootElement.GetProperty("fileId").GetGuid();

        Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM stored_file_contents WHERE id = $1", fileId));
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM stored_files WHERE id = $1", fileId));
        var onDisk = Assert.Single(Directory.GetFiles(_directory, "*", SearchOption.AllDirectories));
        Assert.Equal(fileId.ToString("N"), Path.GetFileName(onDisk));
        Assert.Equal(pdf, await File.ReadAllBytesAsync(onDisk));

        using var download = await client.GetAsync(result.RootElement.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }
}
