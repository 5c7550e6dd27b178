using System.Net;
using GrantPortal.Infrastructure.Data.DataProtectionKeys;
using GrantPortal.IntegrationTests.Support;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GrantPortal.IntegrationTests.Operations;

/// <summary>
/// A second instance of the app on the fixture's database (not a new one: it starts as any further instance would,
/// migrating nothing new and seeding nothing twice), with its own services, caches and key ring in memory.
/// </summary>
public sealed class SecondInstance(PortalFactory first) : WebApplicationFactory<Program>
{
    private readonly string _logDirectory = first.LogDirectory + "-second";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        first.Database.Configure(builder, _logDirectory);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(first.Clock)));
    }
}

/// <summary>
/// Two app instances behind one address share sign-ins and antiforgery tokens: the data-protection keys live in
/// PostgreSQL (data_protection_keys), not in each instance's memory or file system.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class DataProtectionKeysTests(PortalFactory factory)
{
    private const string StaffPage = "/xinjiang/staff/calls";
    private const string NewCallPage = "/xinjiang/staff/calls/new";

    /// <summary>One browser (one cookie jar for http://localhost) whose requests go to instance A or instance B.</summary>
    private static (HttpClient A, HttpClient B) OneBrowser(WebApplicationFactory<Program> a, WebApplicationFactory<Program> b)
    {
        var cookies = new System.Net.CookieContainer();
        return (a.CreateDefaultClient(new CookieContainerHandler(cookies)), b.CreateDefaultClient(new CookieContainerHandler(cookies)));
    }

    [Fact]
    public async Task KeyRing_IsRowsInPostgres_AfterStartUp()
    {
        var options = factory.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value;
        Assert.IsType<PostgresXmlRepository>(options.XmlRepository);

        var keys = factory.Services.GetRequiredService<IKeyManager>().GetAllKeys();
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            Assert.Equal(1, await factory.CountAsync(
                "SELECT count(*) FROM data_protection_keys WHERE friendly_name = $1 AND xml LIKE '<key %'", "key-" + key.KeyId.ToString("D")));
        }
    }

    [Fact]
    public async Task AppRole_ReadsKeys_ButCannotChangeOrDeleteThem()
    {
        await using var connection = new NpgsqlConnection(factory.Database.AppConnectionString);
        await connection.OpenAsync();
        await using (var read = new NpgsqlCommand("SELECT count(*) FROM data_protection_keys", connection))
        {
            Assert.True((long)(await read.ExecuteScalarAsync())! > 0);
        }
        foreach (var sql in new[] { "UPDATE data_protection_keys SET xml = '<x/>'", "DELETE FROM data_protection_keys" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        }
    }

    [Fact]
    public async Task SignInOnA_IsKnownOnB()
    {
        await using var second = new SecondInstance(factory);
        var (a, b) = OneBrowser(factory, second);

        await a.SignInAsync("staff@xinjiang.example.com");

        Assert.IsType<PostgresXmlRepository>(second.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
        using var onB = await b.GetAsync(StaffPage);
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        using var onA = await a.GetAsync(StaffPage);
        Assert.Equal(HttpStatusCode.OK, onA.StatusCode);
    }

    [Fact]
    public async Task AntiforgeryTokenFromA_IsAcceptedByB()
    {
        await using var second = new SecondInstance(factory);
        var (a, b) = OneBrowser(factory, second);
        // Signed in on B, with the login form (and antiforgery cookie) that A served.
        using (var login = await PostWithTokenFromAsync(a, b, "/account/login", "/account/login",
            new Dictionary<string, string> { ["Email"] = "staff@xinjiang.example.com", ["Password"] = Infrastructure.Seeding.DemoAccounts.Password }))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        // A form A rendered for the signed-in staff member, posted to B: the token passes, the (empty) form is refused by validation only.
        using var posted = await PostWithTokenFromAsync(a, b, NewCallPage, NewCallPage, new Dictionary<string, string> { ["Title"] = "" });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var page = Html.Parse(await posted.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector($"form[action='{NewCallPage}']"));

        // The check does run on B: without the token the same POST is refused.
        using var withoutToken = await b.PostAsync(NewCallPage, new FormUrlEncodedContent(new Dictionary<string, string> { ["Title"] = "" }));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
    }

    /// <summary>Reads the form posting to <paramref name="action"/> from <paramref name="pageUrl"/> on one instance and posts it to the other.</summary>
    private static async Task<HttpResponseMessage> PostWithTokenFromAsync(HttpClient from, HttpClient to, string pageUrl, string action, Dictionary<string, string> fields)
    {
        var page = await from.GetPageAsync(pageUrl);
        var token = page.QuerySelectorAll("form").FirstOrDefault(f => f.GetAttribute("action") == action)
            ?.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No form posting to {action} on {pageUrl}");
        return await to.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));
    }
}
