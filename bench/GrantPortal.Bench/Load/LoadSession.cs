using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GrantPortal.Bench.Load;

/// <summary>
/// One applicant on deadline day, as a browser with JavaScript would do it: sign in, open the form, autosave ten times
/// (with think time between), upload the sealed scan, submit, see the receipt. Every request is timed by kind; any
/// answer that is not the expected one counts as an error of that kind and ends the session.
/// </summary>
internal sealed partial class LoadSession(Uri baseAddress, string tenant, LoadSetup.Session session, byte[] scan, LoadRecorder recorder, TimeSpan think)
{
    private const int Autosaves = 10;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public async Task<bool> RunAsync()
    {
        using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(120) };
        var app = $"/{tenant}/my/applications/{session.ApplicationId}";

        var (loginPage, _) = await SendAsync(client, "signin-page", () => new HttpRequestMessage(HttpMethod.Get, "/account/login"), HttpStatusCode.OK);
        if (loginPage is null)
        {
            return false;
        }
        var (_, signedIn) = await SendAsync(client, "signin", () => Post("/account/login", new()
        {
            ["Email"] = session.Email, ["Password"] = LoadSetup.Password, ["__RequestVerificationToken"] = Token(loginPage),
        }), HttpStatusCode.Redirect);
        if (signedIn is null)
        {
            return false;
        }

        var (form, _) = await SendAsync(client, "form", () => new HttpRequestMessage(HttpMethod.Get, app), HttpStatusCode.OK);
        if (form is null)
        {
            return false;
        }
        var token = Token(form);
        var revision = int.Parse(Regex.Match(form, "name=\"Revision\" value=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 1; i <= Autosaves; i++)
        {
            await Task.Delay(Jitter(think));
            var values = new Dictionary<string, string>
            {
                ["v." + Domain.Applications.FormKeys.ProjectName] = ProjectText.Title(session.Index),
                ["v.content"] = ProjectText.Content(session.Index, i),
                ["v." + Domain.Applications.FormKeys.RequestedAmount] = "30000",
                ["Revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["__RequestVerificationToken"] = token,
            };
            var (json, _) = await SendAsync(client, "autosave", () => Json(Post(app + "/autosave", values)), HttpStatusCode.OK);
            if (json is null)
            {
                return false;
            }
            revision = JsonDocument.Parse(json).RootElement.GetProperty("revision").GetInt32();
        }

        await Task.Delay(Jitter(think));
        var (uploaded, _) = await SendAsync(client, "upload", () =>
        {
            var content = new MultipartFormDataContent
            {
                { new StringContent(revision.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Revision" },
                { new StringContent(token), "__RequestVerificationToken" },
            };
            var file = new ByteArrayContent(scan);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(file, "file", "盖章扫描件.pdf");
            return Json(new HttpRequestMessage(HttpMethod.Post, app + "/files/scan") { Content = content });
        }, HttpStatusCode.OK);
        if (uploaded is null)
        {
            return false;
        }
        revision = JsonDocument.Parse(uploaded).RootElement.GetProperty("revision").GetInt32();

        await Task.Delay(Jitter(think));
        var (_, submitted) = await SendAsync(client, "submit", () => Post(app + "/submit", new()
        {
            ["Revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture), ["__RequestVerificationToken"] = token,
        }), HttpStatusCode.Redirect);
        if (submitted?.Headers.Location?.OriginalString.EndsWith("/receipt", StringComparison.Ordinal) != true)
        {
            if (submitted is not null)
            {
                recorder.Error("submit", "redirected to " + submitted.Headers.Location);
            }
            return false;
        }
        var (receipt, _) = await SendAsync(client, "receipt", () => new HttpRequestMessage(HttpMethod.Get, app + "/receipt"), HttpStatusCode.OK);
        return receipt is not null;
    }

    private static TimeSpan Jitter(TimeSpan think) => think * (0.5 + Random.Shared.NextDouble());

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    private static HttpRequestMessage Post(string url, Dictionary<string, string> fields) =>
        new(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };

    private static HttpRequestMessage Json(HttpRequestMessage request)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Add("X-Requested-With", "fetch");
        return request;
    }

    /// <summary>Sends, times, reads the body; null (and an error) unless the status is the expected one.</summary>
    private async Task<(string? Body, HttpResponseMessage? Response)> SendAsync(HttpClient client, string kind, Func<HttpRequestMessage> request, HttpStatusCode expected)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var message = request();
            var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead);
            var body = await response.Content.ReadAsStringAsync();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.StatusCode != expected)
            {
                recorder.Error(kind, $"{(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]}");
                return (null, null);
            }
            recorder.Record(kind, elapsed);
            return (body, response);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            recorder.Error(kind, e.GetType().Name + ": " + e.Message);
            return (null, null);
        }
    }
}
