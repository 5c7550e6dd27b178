using System.Net;
using GrantPortal.Domain.Applications;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GrantPortal.IntegrationTests.Tenancy;

/// <summary>
/// Walks every tenant route that takes an id, signed in as xinjiang's admin, with every id guangxi owns:
/// each answers 404 (never 403, never the row). The same routes with xinjiang's own ids do not 404,
/// so the walk proves the routes work and only the tenant differs.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CrossTenantRouteTests(PortalFactory factory)
{
    private static readonly string[] TenantTables = ["grant_calls", "grant_categories", "form_definitions", "applicant_organizations", "tenant_memberships", "grant_applications"];

    /// <summary>An application of the tenant's demo society, in the first category of its seeded call that takes them.</summary>
    private async Task EnsureApplicationAsync(string tenant)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (await db.Applications.AnyAsync())
        {
            return;
        }
        var organization = await db.Organizations.OrderBy(o => o.CreatedAt).FirstAsync();
        var category = await db.Categories.Include(c => c.Forms).Where(c => c.Forms.Any()).OrderBy(c => c.Code).FirstAsync();
        db.Applications.Add(new GrantApplication(association.Id, category, organization.Id, null, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
    }

    private async Task<List<Guid>> IdsOfAsync(string tenant)
    {
        await EnsureApplicationAsync(tenant);
        var ids = new List<Guid>();
        await using var connection = new NpgsqlConnection(factory.Database.OwnerConnectionString);
        await connection.OpenAsync();
        foreach (var table in TenantTables)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT t.id FROM {table} t JOIN associations a ON a.id = t.tenant_id WHERE a.identifier = $1", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = tenant });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetGuid(0));
            }
        }
        return ids;
    }

    private List<(string Method, string Template)> IdRoutes()
    {
        var actions = factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<ControllerActionDescriptor>();
        return actions
            .Where(a => a.AttributeRouteInfo?.Template is { } t && t.Contains("{tenant}", StringComparison.Ordinal) && t.Contains("{id", StringComparison.Ordinal))
            .SelectMany(a => (a.ActionConstraints?.OfType<HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods) ?? ["GET"])
                .Select(m => (m, a.AttributeRouteInfo!.Template!)))
            .Distinct()
            .ToList();
    }

    private static string Url(string template, string tenant, Guid id) =>
        "/" + System.Text.RegularExpressions.Regex.Replace(
            template.Replace("{tenant}", tenant, StringComparison.Ordinal), @"\{id(:[a-z]+)?\}", id.ToString());

    [Fact]
    public async Task EveryIdRoute_OtherTenantsIds_Is404()
    {
        var client = factory.Browser();
        await client.SignInAsync("admin@xinjiang.example.com");
        var routes = IdRoutes();
        Assert.NotEmpty(routes);
        Assert.Contains(routes, r => r.Method == "POST");
        var foreignIds = await IdsOfAsync("guangxi");
        Assert.True(foreignIds.Count > 20, $"expected many guangxi rows, found {foreignIds.Count}");
        var token = (await client.GetPageAsync("/xinjiang/admin/users")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var failures = new List<string>();
        foreach (var (method, template) in routes)
        {
            foreach (var id in foreignIds)
            {
                var url = Url(template, "xinjiang", id);
                using var response = method == "GET"
                    ? await client.GetAsync(url)
                    : await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
                if (response.StatusCode != HttpStatusCode.NotFound)
                {
                    failures.Add($"{method} {url} → {(int)response.StatusCode}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public async Task EveryGetIdRoute_OwnIds_IsFound()
    {
        var client = factory.Browser();
        await client.SignInAsync("admin@xinjiang.example.com");
        var ownIds = await IdsOfAsync("xinjiang");
        foreach (var (_, template) in IdRoutes().Where(r => r.Method == "GET"))
        {
            var found = false;
            foreach (var id in ownIds)
            {
                using var response = await client.GetAsync(Url(template, "xinjiang", id));
                found |= response.StatusCode == HttpStatusCode.OK;
            }
            Assert.True(found, $"GET {template}: no xinjiang id answered 200, so the 404 test would prove nothing");
        }
    }

    [Fact]
    public async Task OtherTenantsCallUrl_UnderOwnTenant_Is404ButUnderItsTenant_IsFound()
    {
        var client = factory.Browser();
        var guangxiHome = await client.GetPageAsync("/guangxi");
        var callLink = guangxiHome.QuerySelector(".call h3 a")!.GetAttribute("href")!; // /guangxi/calls/{id}
        await client.GetPageAsync(callLink);
        await client.GetPageAsync(callLink.Replace("/guangxi/", "/hunan/", StringComparison.Ordinal), HttpStatusCode.NotFound);
    }

    /// <summary>
    /// The applicant's pages name their ids (applicationId, membershipId …): walked as xinjiang's demo applicant with every
    /// id guangxi owns, each answers 404, never another organisation's row.
    /// </summary>
    [Fact]
    public async Task EveryApplicantRouteWithAnId_OtherTenantsIds_Is404()
    {
        var client = factory.Browser();
        await client.SignInAsync("applicant@xinjiang.example.com");
        var actions = factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<ControllerActionDescriptor>();
        var routes = actions
            .Where(a => a.RouteValues.TryGetValue("area", out var area) && area == "Applicant")
            .Where(a => a.AttributeRouteInfo?.Template is { } t && t.Contains("{tenant}", StringComparison.Ordinal) && t.Contains(":guid}", StringComparison.Ordinal))
            .SelectMany(a => (a.ActionConstraints?.OfType<HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods) ?? ["GET"])
                .Select(m => (Method: m, Template: a.AttributeRouteInfo!.Template!)))
            .Distinct()
            .ToList();
        Assert.True(routes.Count >= 8, $"only {routes.Count} applicant routes with ids");
        var foreignIds = await IdsOfAsync("guangxi");
        var token = (await client.GetPageAsync("/xinjiang/my/applications")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var failures = new List<string>();
        foreach (var (method, template) in routes)
        {
            foreach (var id in foreignIds)
            {
                var url = "/" + System.Text.RegularExpressions.Regex.Replace(
                    System.Text.RegularExpressions.Regex.Replace(
                        System.Text.RegularExpressions.Regex.Replace(template.Replace("{tenant}", "xinjiang", StringComparison.Ordinal), @"\{\w+:guid\}", id.ToString()),
                        @"\{\w+:int\}", "1"),
                    @"\{\w+\}", "x");
                using var response = method == "GET"
                    ? await client.GetAsync(url)
                    : await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
                if (response.StatusCode != HttpStatusCode.NotFound)
                {
                    failures.Add($"{method} {url} → {(int)response.StatusCode}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }
}
