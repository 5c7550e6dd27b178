using System.Net;

namespace GrantPortal.IntegrationTests.Support;

/// <summary>Where a response sends the browser, and where a browser following it ends up.</summary>
public static class Redirects
{
    private static readonly Uri Base = new("http://localhost");

    /// <summary>The path (and query) of the Location header, whether the app wrote it relative or absolute.</summary>
    public static string LocationPath(this HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"{(int)response.StatusCode} has no Location header");
        var absolute = location.IsAbsoluteUri ? location : new Uri(Base, location);
        return absolute.PathAndQuery;
    }

    /// <summary>GETs <paramref name="url"/> and follows redirects like a browser; returns the last URL and its status.</summary>
    public static async Task<(string Url, HttpStatusCode Status, string Body)> FollowAsync(this HttpClient client, string url)
    {
        for (var hop = 0; hop < 5; hop++)
        {
            using var response = await client.GetAsync(url);
            if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther))
            {
                return (url, response.StatusCode, await response.Content.ReadAsStringAsync());
            }
            url = response.LocationPath();
        }
        throw new InvalidOperationException($"Too many redirects from {url}");
    }

    public static bool SetsCookie(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(name + "=", StringComparison.Ordinal));
}
