using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace GrantPortal.IntegrationTests.Support;

/// <summary>Drive the app like a browser: read pages, fill forms with their antiforgery token, sign in.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}\n{body[..Math.Min(body.Length, 2000)]}");
        return Parser.ParseDocument(body);
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Posts a form to <paramref name="action"/> with the antiforgery token read from <paramref name="pageUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string action, IDictionary<string, string> fields)
    {
        var page = await client.GetPageAsync(pageUrl);
        // The token of the very form that posts to the action, as a browser would send it.
        var token = page.QuerySelectorAll("form").FirstOrDefault(f => f.GetAttribute("action") == action)
            ?.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No form posting to {action} with an antiforgery token on {pageUrl}");
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public static async Task SignInAsync(this HttpClient client, string email, string password = GrantPortal.Infrastructure.Seeding.DemoAccounts.Password)
    {
        using var response = await client.PostFormAsync("/account/login", "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in as {email} failed: {(int)response.StatusCode}");
    }

    public static string Text(this IHtmlDocument document) => document.Body?.TextContent ?? "";

    /// <summary>The error shown next to a field (the span the form renders with id "{field}-error").</summary>
    public static string? FieldError(this IHtmlDocument document, string field) => document.GetElementById($"{field}-error")?.TextContent.Trim();
}
