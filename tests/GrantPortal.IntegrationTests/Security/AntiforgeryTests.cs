using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using GrantPortal.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrantPortal.IntegrationTests.Security;

/// <summary>
/// Every state-changing request carries an antiforgery token: the filter is global, no action opts out (but the status
/// page that re-executes failed requests, which changes nothing), and a POST without a token is refused — checked on
/// every staff POST route as signed-in staff, so authorization lets it through to the antiforgery check.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AntiforgeryTests(PortalFactory factory)
{
    private static readonly string[] Unsafe = ["POST", "PUT", "PATCH", "DELETE"];

    private IReadOnlyList<ControllerActionDescriptor> Actions() =>
        factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<ControllerActionDescriptor>().ToList();

    private static IReadOnlyCollection<string> MethodsOf(ControllerActionDescriptor action) =>
        action.ActionConstraints?.OfType<HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods).ToList() is { Count: > 0 } methods
            ? methods
            : Unsafe; // no method constraint: the action answers any method

    [Fact]
    public void TheAntiforgeryFilter_IsGlobal()
    {
        var options = factory.Services.GetRequiredService<IOptions<MvcOptions>>().Value;
        Assert.Contains(options.Filters, f => f is AutoValidateAntiforgeryTokenAttribute);
    }

    [Fact]
    public void NoStateChangingAction_OptsOut_ButTheStatusPage()
    {
        var unsafeActions = Actions().Where(a => MethodsOf(a).Intersect(Unsafe).Any()).ToList();
        Assert.True(unsafeActions.Count > 50, $"expected many POST actions, found {unsafeActions.Count}");
        var optingOut = unsafeActions
            .Where(a => a.MethodInfo.GetCustomAttributes<IgnoreAntiforgeryTokenAttribute>(true).Any()
                || a.ControllerTypeInfo.GetCustomAttributes<IgnoreAntiforgeryTokenAttribute>(true).Any())
            .Select(a => $"{a.ControllerName}.{a.ActionName}")
            .ToList();
        // The status page re-executes the failed request with its method and changes nothing.
        Assert.Equal(["Home.Error"], optingOut);
    }

    [Fact]
    public async Task EveryStaffPost_WithoutAToken_IsRefused()
    {
        var client = factory.Browser();
        await client.SignInAsync("staff@xinjiang.example.com");
        var routes = Actions()
            .Where(a => a.AttributeRouteInfo?.Template is { } t && t.StartsWith("{tenant}/staff/", StringComparison.Ordinal) && MethodsOf(a).Contains("POST"))
            .Select(a => a.AttributeRouteInfo!.Template!)
            .Distinct()
            .ToList();
        Assert.True(routes.Count > 30, $"expected many staff POST routes, found {routes.Count}");
        var failures = new List<string>();
        foreach (var template in routes)
        {
            var url = "/" + Regex.Replace(template.Replace("{tenant}", "xinjiang", StringComparison.Ordinal), @"\{[^}]+\}", m =>
                m.Value.Contains(":int", StringComparison.Ordinal) ? "1" : Guid.NewGuid().ToString());
            using var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }));
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"POST {url} → {(int)response.StatusCode}");
            }
        }
        Assert.Empty(failures);
    }
}
