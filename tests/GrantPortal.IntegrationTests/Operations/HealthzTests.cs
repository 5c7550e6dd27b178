using System.Net;
using GrantPortal.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;

namespace GrantPortal.IntegrationTests.Operations;

/// <summary>The app, unable to reach its database: nothing listens on the port its connection string names.</summary>
public sealed class UnreachableDatabasePortalFactory : PortalFactory
{
    protected override string AppConnectionString => "Host=127.0.0.1;Port=1;Username=grantportal_app;Database=gone;Timeout=3;Pooling=false";

    protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("GrantPortal:MigrateOnStartup", "false");
}

/// <summary>/healthz tells a load balancer whether the portal can serve: it cannot without its database.</summary>
public sealed class HealthzTests(UnreachableDatabasePortalFactory factory) : IClassFixture<UnreachableDatabasePortalFactory>
{
    [Fact]
    public async Task Healthz_DatabaseDoesNotAnswer_Is503()
    {
        using var response = await factory.Browser().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("database unavailable", await response.Content.ReadAsStringAsync());
    }
}
