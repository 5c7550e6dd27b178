using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Identity;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using GrantPortal.Web.Operations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Security;

/// <summary>
/// The authorization matrix: who may use which part of the portal, declared below as a table (route → roles), checked
/// against every action's attributes, then walked for real — every GET and POST route, as anonymous and as each demo
/// role of each association, on its own association's URLs and on another's. Only the allowed pass; the refused get
/// the sign-in page, the access-denied page, 403 or 404, never a page or a success redirect. A new action whose route
/// the table does not cover fails the test until someone says who may use it.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class AuthorizationMatrixTests(PortalFactory factory, Xunit.Abstractions.ITestOutputHelper output)
{
    [Flags]
    private enum Who
    {
        None = 0,
        Anonymous = 1,
        Applicant = 2,
        Reviewer = 4,
        Staff = 8,
        Admin = 16,
        /// <summary>Anyone holding a role in the association of the URL.</summary>
        Members = Applicant | Reviewer | Staff | Admin,
        Everyone = Anonymous | Members,
    }

    /// <summary>A route (as the app declares it, "/…" at the end: the route and everything below it) and who may use it.</summary>
    private sealed record Rule(string Route, Who Who, string Note = "");

    /// <summary>THE MATRIX. Roles are per association: a role only counts on its own association's URLs.</summary>
    private static readonly Rule[] Matrix =
    [
        // route                               who may use it
        new("/",                               Who.Everyone, "portal home"),
        new("/error/…",                        Who.Everyone, "status pages"),
        new("/culture/…",                      Who.Everyone, "language choice"),
        new("/account/two-factor/…",           Who.Members, "the signed-in person's own second factor"),
        new("/account/password/…",             Who.Members, "the signed-in person's own password"),
        new("/account/…",                      Who.Everyone, "sign in (and its second step), sign out, access denied"),
        new("/session/…",                      Who.Everyone, "time left of the sign-in (none when anonymous); keepalive answers 401 without one"),
        new("/verify/…",                       Who.Everyone, "verification of a printed application's code"),
        new("/{tenant}",                       Who.Everyone, "the association's page"),
        new("/{tenant}/calls/…",               Who.Everyone, "published calls"),
        new("/{tenant}/categories/…",          Who.Everyone, "published categories and their form preview"),
        new("/{tenant}/register/…",            Who.Everyone, "applicant registration"),
        new("/{tenant}/invitations/…",         Who.Everyone, "accepting an organisation's invitation"),
        new("/{tenant}/review/welcome/…",      Who.Everyone, "an invited expert sets a password"),
        new("/{tenant}/notices/…",             Who.Everyone, "public notices of awards (立项公示) and objections to them"),
        new("/{tenant}/notifications/…",       Who.Members),
        new("/{tenant}/apply/…",               Who.Applicant),
        new("/{tenant}/my/…",                  Who.Applicant),
        new("/{tenant}/review/…",              Who.Reviewer),
        new("/{tenant}/staff/…",               Who.Staff | Who.Admin),
        new("/{tenant}/admin/…",               Who.Admin),
    ];

    /// <summary>Actions whose attributes let more people in than the matrix, because the action itself refuses the others (tested below).</summary>
    private static readonly Dictionary<string, string> CheckedInTheAction = new(StringComparer.Ordinal)
    {
        ["/{tenant}/apply/{id:guid}/start"] = "[Authorize] (any signed-in person): the action answers 404 for an unknown category, then Forbid() unless Applicant with an organisation",
    };

    private static readonly string[] Tenants = ["xinjiang", "guangxi", "hunan", "shanxi"];
    private static readonly Who[] SignedInRoles = [Who.Applicant, Who.Reviewer, Who.Staff, Who.Admin];

    private static bool Covers(Rule rule, string route) =>
        rule.Route.EndsWith("/…", StringComparison.Ordinal)
            ? route == rule.Route[..^2] || route.StartsWith(rule.Route[..^1], StringComparison.Ordinal)
            : route == rule.Route;

    /// <summary>The rule of a route: the longest that covers it.</summary>
    private static Rule? RuleOf(string route) =>
        Matrix.Where(r => Covers(r, route)).OrderByDescending(r => r.Route.Length).FirstOrDefault();

    private sealed record Route(string Method, string Template, ControllerActionDescriptor Action)
    {
        public string Path => "/" + Template;
        public bool HasTenant => Template.Contains("{tenant}", StringComparison.Ordinal);
        /// <summary>Route values besides the tenant (ids, codes, tokens).</summary>
        public bool HasValues => ParameterPattern().Matches(Template).Any(m => m.Groups[1].Value != "tenant");
    }

    private List<Route> Routes() =>
        factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<ControllerActionDescriptor>()
            .Where(a => a.AttributeRouteInfo?.Template is not null)
            .SelectMany(a => (a.ActionConstraints?.OfType<HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods).ToList() is { Count: > 0 } methods ? methods : ["GET", "POST"])
                .Select(m => new Route(m, a.AttributeRouteInfo!.Template!, a)))
            .DistinctBy(r => (r.Method, r.Template))
            .OrderBy(r => r.Template, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)
            .ToList();

    private static Who FromAttributes(ControllerActionDescriptor action) => RoutesCommand.Access(action) switch
    {
        "anonymous" => Who.Everyone,
        "signed-in" => Who.Members,
        var roles => roles.Split(',').Aggregate(Who.None, (who, role) => who | Enum.Parse<Who>(role)),
    };

    [Fact]
    public void EveryAction_IsInTheMatrix_AndItsAttributesSayTheSame()
    {
        var routes = Routes();
        Assert.True(routes.Count > 150, $"expected many routes, found {routes.Count}");
        var failures = new List<string>();
        foreach (var route in routes)
        {
            if (RuleOf(route.Path) is not { } rule)
            {
                failures.Add($"{route.Method} {route.Path}: no row of the matrix covers it — add one saying who may use it");
                continue;
            }
            var attributes = FromAttributes(route.Action);
            if (attributes != rule.Who && !CheckedInTheAction.ContainsKey(route.Path))
            {
                failures.Add($"{route.Method} {route.Path}: the matrix says {rule.Who}, the attributes say {attributes}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.All(CheckedInTheAction.Keys, path => Assert.Contains(routes, r => r.Path == path));
    }

    [Fact]
    public void TheRoutesCommand_ListsEveryRoute()
    {
        var lines = RoutesCommand.Lines(factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>());
        var listed = lines.Select(l => l.Split('\t')).Select(f => (f[0], f[1])).ToHashSet();
        Assert.All(Routes(), r => Assert.Contains((r.Method, r.Path), listed));
        Assert.Contains("GET\t/{tenant}/staff/experts\tq,type,availability\tAdmin,Staff", lines);
    }

    /// <summary>Real ids of one association, so that the allowed requests reach real rows (unknown ones get a random Guid).</summary>
    private sealed record TenantIds(Guid Call, Guid Category, Guid? Application, Guid? ApplicantsApplication, Guid? Expert);

    private async Task<TenantIds> IdsOfAsync(string identifier)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(identifier))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var applicant = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(DemoAccounts.Email(identifier, "applicant"));
        var organization = await db.Memberships.Where(m => m.UserId == applicant!.Id && m.Role == PortalRole.Applicant).Select(m => m.OrganizationId).FirstAsync();
        return new TenantIds(
            await db.Calls.OrderBy(c => c.Year).ThenBy(c => c.Id).Select(c => c.Id).FirstAsync(),
            await db.Categories.Where(c => c.Forms.Any()).OrderBy(c => c.Code).Select(c => c.Id).FirstAsync(),
            await db.Applications.OrderBy(a => a.Id).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(),
            await db.Applications.Where(a => a.OrganizationId == organization).OrderBy(a => a.Id).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(),
            await db.Experts.OrderBy(e => e.Id).Select(e => (Guid?)e.Id).FirstOrDefaultAsync());
    }

    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\}")]
    private static partial Regex ParameterPattern();

    /// <summary>The URL of a route on an association, its values filled with that association's ids where known.</summary>
    private static string Url(string template, string tenant, TenantIds ids, Who who)
    {
        var segments = template.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var match = ParameterPattern().Match(segments[i]);
            if (!match.Success)
            {
                continue;
            }
            var name = match.Groups[1].Value;
            var before = i > 0 ? segments[i - 1] : "";
            Guid? id = (name, before) switch
            {
                ("id", "calls") => ids.Call,
                ("id", "categories" or "apply") => ids.Category,
                ("id", "applications" or "formal-check") or ("applicationId", _) => who == Who.Applicant ? ids.ApplicantsApplication : ids.Application,
                ("expertId", _) => ids.Expert,
                _ => null,
            };
            var value = name switch
            {
                "tenant" => tenant,
                "year" => "2025",
                "version" => "1",
                "code" when segments[i].Contains(":int", StringComparison.Ordinal) => "404",
                "culture" => "zh-CN",
                _ when segments[i].Contains(":guid", StringComparison.Ordinal) => (id ?? Guid.NewGuid()).ToString(),
                _ => "x",
            };
            segments[i] = segments[i].Replace(match.Value, value, StringComparison.Ordinal);
        }
        return "/" + string.Join('/', segments);
    }

    private static bool IsRefusal(HttpResponseMessage response)
    {
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            return true;
        }
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
        {
            var path = response.LocationPath();
            return path.StartsWith("/account/login", StringComparison.Ordinal) || path.StartsWith("/account/denied", StringComparison.Ordinal);
        }
        return false;
    }

    /// <summary>
    /// An allowed GET answers (a page, a file, a redirect elsewhere), never a refusal or an error; 404 only where the
    /// URL carries an id or code (random when the association has no such row yet).
    /// </summary>
    private static bool IsPass(HttpResponseMessage response, Route route) =>
        ((int)response.StatusCode < 400 && !IsRefusal(response))
        || (response.StatusCode == HttpStatusCode.NotFound && route.HasValues)
        || AnswersByDesign(response, route);

    /// <summary>
    /// Open to everyone, yet refusing by what they are: the access-denied page answers 403, and the sign-in's second
    /// step without a first step pending sends the visitor back to sign in.
    /// </summary>
    private static bool AnswersByDesign(HttpResponseMessage response, Route route) => route.Template switch
    {
        "account/denied" => response.StatusCode == HttpStatusCode.Forbidden,
        "account/login/two-factor" => response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location?.OriginalString.StartsWith("/account/login", StringComparison.Ordinal) == true,
        _ => false,
    };

    // Roles: what the person really holds, by association. Other tests in the shared database may have given a demo
    // account more (an expert invited with staff@shanxi's address is a reviewer in xinjiang).
    private sealed record Client(Who Who, string? Tenant, HttpClient Http, string Token, IReadOnlyDictionary<string, Who> Roles);

    private async Task<IReadOnlyDictionary<string, Who>> RolesAsync(string email)
    {
        await using var connection = new Npgsql.NpgsqlConnection(factory.Database.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT a.identifier, m.role FROM tenant_memberships m JOIN associations a ON a.id = m.tenant_id JOIN users u ON u.id = m.user_id WHERE u.normalized_email = upper($1)", connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = email });
        var roles = new Dictionary<string, Who>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var role = Enum.Parse<Who>(reader.GetString(1));
            roles[reader.GetString(0)] = roles.GetValueOrDefault(reader.GetString(0)) | role;
        }
        return roles;
    }

    private async Task<Client> ClientAsync(Who who, string? tenant)
    {
        var http = factory.Browser();
        if (who != Who.Anonymous)
        {
            await http.SignInAsync(DemoAccounts.Email(tenant!, who.ToString().ToLowerInvariant()));
        }
        // Any form of the person's pages carries a token for them (the layout's sign-out form, or the sign-in form).
        var page = await http.GetPageAsync(who == Who.Anonymous ? "/account/login" : $"/{tenant}");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        if (who != Who.Anonymous)
        {
            // The token is good: an allowed POST with it passes the antiforgery check (keepalive renews the sign-in).
            using var keepalive = await http.PostAsync("/session/keepalive", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.OK, keepalive.StatusCode);
        }
        return new Client(who, tenant, http, token,
            who == Who.Anonymous ? new Dictionary<string, Who>() : await RolesAsync(DemoAccounts.Email(tenant!, who.ToString().ToLowerInvariant())));
    }

    [Fact]
    public async Task EveryRoleOfEveryAssociation_PassesOnlyWhereTheMatrixAllows()
    {
        var stopwatch = Stopwatch.StartNew();
        var routes = Routes();
        var ids = new Dictionary<string, TenantIds>(StringComparer.Ordinal);
        foreach (var tenant in Tenants)
        {
            ids[tenant] = await IdsOfAsync(tenant);
        }
        var clients = new List<Client> { await ClientAsync(Who.Anonymous, null) };
        foreach (var tenant in Tenants)
        {
            foreach (var role in SignedInRoles)
            {
                clients.Add(await ClientAsync(role, tenant));
            }
        }

        var failures = new List<string>();
        int requests = 0, allowedOk = 0, refused = 0;
        foreach (var client in clients)
        {
            // Its own association's URLs and another's (for the anonymous client: every association's).
            var targets = client.Tenant is null ? Tenants : [client.Tenant, Tenants[(Array.IndexOf(Tenants, client.Tenant) + 1) % Tenants.Length]];
            foreach (var route in routes)
            {
                var rule = RuleOf(route.Path)!;
                foreach (var target in route.HasTenant ? targets : targets.Take(1))
                {
                    var allowed = rule.Who.HasFlag(Who.Anonymous)
                        || (route.HasTenant
                            ? client.Roles.TryGetValue(target, out var held) && (rule.Who & held) != Who.None
                            : client.Roles.Count > 0 && (rule.Who & Who.Members) != Who.None);
                    var url = Url(route.Template, target, ids[target], client.Who);
                    var who = $"{client.Who}{(client.Tenant is null ? "" : "@" + client.Tenant)}";
                    if (route.Method == "GET")
                    {
                        requests++;
                        using var response = await client.Http.GetAsync(url);
                        if (allowed ? !IsPass(response, route) : !IsRefusal(response))
                        {
                            failures.Add($"GET {url} as {who}: {(allowed ? "allowed" : "must be refused")}, got {Describe(response)}");
                        }
                        allowedOk += allowed && response.StatusCode == HttpStatusCode.OK ? 1 : 0;
                        refused += allowed ? 0 : 1;
                    }
                    else if (!allowed)
                    {
                        // Only refused POSTs are sent (an allowed one with an empty body could change the shared database).
                        requests++;
                        using var response = await client.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = client.Token }));
                        if (!IsRefusal(response))
                        {
                            failures.Add($"{route.Method} {url} as {who}: must be refused, got {Describe(response)}");
                        }
                        refused++;
                    }
                }
            }
        }
        output.WriteLine($"{requests} requests ({allowedOk} allowed answered 200, {refused} refused) by {clients.Count} clients in {stopwatch.Elapsed.TotalSeconds:F1} s");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(60)));
        Assert.True(refused > 1000, $"only {refused} refused requests: the walk is too thin");
    }

    private static string Describe(HttpResponseMessage response) =>
        response.Headers.Location is { } location ? $"{(int)response.StatusCode} → {location}" : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The one action that checks the role itself: a signed-in non-applicant starting an application of a real category is refused.</summary>
    [Fact]
    public async Task StartingAnApplication_AsStaffOrReviewerOrAdmin_IsRefused()
    {
        var ids = await IdsOfAsync("xinjiang");
        foreach (var role in new[] { Who.Staff, Who.Reviewer, Who.Admin })
        {
            var client = await ClientAsync(role, "xinjiang");
            using var response = await client.Http.PostAsync($"/xinjiang/apply/{ids.Category}/start",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = client.Token }));
            Assert.True(IsRefusal(response), $"{role}: {Describe(response)}");
        }
    }
}
