using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using GrantPortal.IntegrationTests.Operations;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Security.Uploads;

/// <summary>
/// On real Kestrel (the app as a separate process): a request declaring a body one byte over its endpoint's limit is
/// answered 413 with the Chinese page while not one byte of the body has been sent — so the server read none of it —
/// for a file field's own limit (1 MB), a sealed scan (20 MB) and a plain form (2 MB). A chunked body (no declared
/// length) is read only up to the limit and answered 413 the same way, as a page or as JSON.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class UploadLimitKestrelTests(PortalFactory factory)
{
    private const long Overhead = 64 * 1024;

    [Fact]
    public async Task DeclaredOneByteOverTheLimit_Is413_BeforeTheBodyIsSent()
    {
        await using var session = await SignedInAsync();
        var (created, app, browser, cookie) = session;

        // The field's limit (1 MB) plus room for the form's other parts.
        var field = await HeadersOnlyAsync(app, created.UploadUrl, 1024 * 1024 + Overhead + 1, cookie, "text/html");
        Assert.Equal(413, field.Status);
        Assert.Contains("文件太大", field.Body, StringComparison.Ordinal);
        var json = await HeadersOnlyAsync(app, created.UploadUrl, 1024 * 1024 + Overhead + 1, cookie, "application/json");
        Assert.Equal(413, json.Status);
        Assert.Equal("文件超过 1 MB", Message(json.Body));

        // A sealed scan (20 MB), whoever sends it, and a plain form (2 MB by default).
        var scan = await HeadersOnlyAsync(app, $"/{UploadSetup.Tenant}/my/applications/{created.ApplicationId}/scan", 20 * 1024 * 1024 + Overhead + 1, cookie, "text/html");
        Assert.Equal(413, scan.Status);
        Assert.Contains("文件太大", scan.Body, StringComparison.Ordinal);
        var login = await HeadersOnlyAsync(app, "/account/login", 2 * 1024 * 1024 + 1, null, "text/html");
        Assert.Equal(413, login.Status);

        // At the limit the request is read as usual (here: no antiforgery token in the body → 400, not 413).
        using var small = await browser.PostAsync(new Uri(created.UploadUrl, UriKind.Relative), new ByteArrayContent(new byte[1000]) { Headers = { ContentType = new("multipart/form-data") { Parameters = { new("boundary", "x") } } } });
        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, small.StatusCode);
        Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM stored_files WHERE organization_id = $1", created.OrganizationId));
    }

    [Fact]
    public async Task AChunkedBodyOverTheLimit_Is413_AsAPageOrAsJson()
    {
        await using var session = await SignedInAsync();
        var (created, app, browser, cookie) = session;
        // Past the field's limit (1 MB and the room for the form's other parts), with a well-formed start, so that
        // what stops the reading is the limit, not a broken form.
        var over = 1024 * 1024 + Overhead + 256 * 1024;

        var page = await ChunkedAsync(app, created.UploadUrl, over, cookie, "text/html");
        Assert.Equal(413, page.Status);
        Assert.Contains("文件太大", page.Body, StringComparison.Ordinal);
        var json = await ChunkedAsync(app, created.UploadUrl, over, cookie, "application/json");
        Assert.Equal(413, json.Status);
        Assert.Equal("文件超过 1 MB", Message(json.Body));
        // A plain form (2 MB by default), with no one signed in.
        var login = await ChunkedAsync(app, "/account/login", 2 * 1024 * 1024 + 256 * 1024, null, "text/html");
        Assert.Equal(413, login.Status);
        Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM stored_files WHERE organization_id = $1", created.OrganizationId));
    }

    /// <summary>A new applicant with a draft (<see cref="UploadSetup"/>), the app in its own process, signed in: its browser and cookie header.</summary>
    private async Task<SignedIn> SignedInAsync()
    {
        var created = await UploadSetup.CreateAsync(factory);
        var app = new AppProcess(factory.Database);
        try
        {
            await app.StartAsync();
            var browser = app.Browser(out var cookies);
            await browser.SignInAsync(created.Email);
            return new SignedIn(created, app, browser, cookies.GetCookieHeader(app.BaseAddress));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private sealed record SignedIn(UploadSetup.Created Created, AppProcess App, HttpClient Browser, string Cookie) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Browser.Dispose();
            await App.DisposeAsync();
        }
    }

    /// <summary>
    /// Sends a multipart body of <paramref name="length"/> bytes in chunks (Transfer-Encoding: chunked, no Content-Length)
    /// while reading the answer; the server may stop reading and close before all is sent.
    /// </summary>
    private static async Task<(int Status, string Body)> ChunkedAsync(AppProcess app, string path, long length, string? cookie, string accept)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, app.Port);
        var stream = tcp.GetStream();
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"POST {path} HTTP/1.1\r\n")
            .Append(CultureInfo.InvariantCulture, $"Host: 127.0.0.1:{app.Port}\r\n")
            .Append("Content-Type: multipart/form-data; boundary=----gp\r\n")
            .Append("Transfer-Encoding: chunked\r\n")
            .Append(CultureInfo.InvariantCulture, $"Accept: {accept}\r\n");
        if (!string.IsNullOrEmpty(cookie))
        {
            head.Append(CultureInfo.InvariantCulture, $"Cookie: {cookie}\r\n");
        }
        head.Append("\r\n");
        var part = Encoding.ASCII.GetBytes("------gp\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n");
        var body = new byte[length];
        part.CopyTo(body, 0);
        body.AsSpan(part.Length).Fill((byte)'x');

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var send = Task.Run(async () =>
        {
            try
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), timeout.Token);
                for (var at = 0; at < body.Length; at += 16 * 1024)
                {
                    var size = Math.Min(16 * 1024, body.Length - at);
                    await stream.WriteAsync(Encoding.ASCII.GetBytes(size.ToString("x", CultureInfo.InvariantCulture) + "\r\n"), timeout.Token);
                    await stream.WriteAsync(body.AsMemory(at, size), timeout.Token);
                    await stream.WriteAsync("\r\n"u8.ToArray(), timeout.Token);
                }
                await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), timeout.Token);
            }
            catch (IOException)
            {
                // The server answered and closed before the whole body was sent: as it should.
            }
        });
        using var response = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                response.Write(buffer, 0, read);
            }
        }
        catch (IOException) when (response.Length > 0)
        {
            // A reset after the answer (the unread rest of the body): what was answered is what counts.
        }
        await send;
        return Parse(response.ToArray());
    }

    /// <summary>Sends only the request line and headers (declaring <paramref name="length"/> bytes), then reads the answer.</summary>
    private static async Task<(int Status, string Body)> HeadersOnlyAsync(AppProcess app, string path, long length, string? cookie, string accept)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, app.Port);
        var stream = tcp.GetStream();
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"POST {path} HTTP/1.1\r\n")
            .Append(CultureInfo.InvariantCulture, $"Host: 127.0.0.1:{app.Port}\r\n")
            .Append("Content-Type: multipart/form-data; boundary=----gp\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {length}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Accept: {accept}\r\n");
        if (!string.IsNullOrEmpty(cookie))
        {
            head.Append(CultureInfo.InvariantCulture, $"Cookie: {cookie}\r\n");
        }
        head.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
        await stream.FlushAsync();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
        {
            response.Write(buffer, 0, read);
        }
        return Parse(response.ToArray());
    }

    private static string? Message(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("message").GetString();
    }

    private static (int Status, string Body) Parse(byte[] raw)
    {
        var split = raw.AsSpan().IndexOf("\r\n\r\n"u8);
        Assert.True(split > 0, "no complete response head");
        var head = Encoding.ASCII.GetString(raw, 0, split);
        var status = int.Parse(head.Split(' ')[1], CultureInfo.InvariantCulture);
        var body = raw.AsSpan(split + 4).ToArray();
        if (head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            using var joined = new MemoryStream();
            var at = 0;
            while (at < body.Length)
            {
                var end = body.AsSpan(at).IndexOf("\r\n"u8);
                var size = Convert.ToInt32(Encoding.ASCII.GetString(body, at, end).Split(';')[0], 16);
                if (size == 0)
                {
                    break;
                }
                joined.Write(body, at + end + 2, size);
                at += end + 2 + size + 2;
            }
            body = joined.ToArray();
        }
        return (status, Encoding.UTF8.GetString(body));
    }
}
