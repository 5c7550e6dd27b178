using System.Net;
using GrantPortal.IntegrationTests.Accounts;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Operations;

/// <summary>The log files: one line per request with its tenant, and no personal data.</summary>
[Collection(PortalCollection.Name)]
public sealed class RequestLogTests(PortalFactory factory)
{
    private const string Mobile = "13912345678";

    /// <summary>All log files; the app keeps them open, so they are read with sharing.</summary>
    private string ReadLogs()
    {
        var text = new System.Text.StringBuilder();
        foreach (var file in Directory.Exists(factory.LogDirectory) ? Directory.GetFiles(factory.LogDirectory) : [])
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            text.Append(reader.ReadToEnd());
        }
        return text.ToString();
    }

    [Fact]
    public async Task Logs_RegistrationWithMobileNumber_HaveRequestLineWithTenantButNoNumber()
    {
        var client = factory.Browser();
        var form = RegistrationForms.New(contactPhone: Mobile);
        using (var response = await client.PostFormAsync("/guangxi/register", "/guangxi/register", form))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        await client.GetPageAsync("/guangxi");

        // The request line is written as the response completes; give the file sink a moment.
        var logs = ReadLogs();
        for (var wait = 0; wait < 50 && !logs.Contains("HTTP GET /guangxi 200", StringComparison.Ordinal); wait++)
        {
            await Task.Delay(100);
            logs = ReadLogs();
        }

        var line = logs.Split('\n').FirstOrDefault(l => l.Contains("HTTP GET /guangxi 200", StringComparison.Ordinal));
        Assert.True(line is not null, $"no request line for GET /guangxi in:\n{logs[^Math.Min(logs.Length, 3000)..]}");
        Assert.Contains("tenant=guangxi", line);
        Assert.Contains("HTTP POST /guangxi/register 302", logs);
        Assert.DoesNotContain(Mobile, logs);
    }
}
