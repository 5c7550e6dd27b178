using System.Net;
using System.Text.Json.Nodes;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Staff.Calls;

/// <summary>A call exported as a definition file imports back as an equal draft; a bad file lists its errors and saves nothing.</summary>
[Collection(PortalCollection.Name)]
public sealed class StaffCallFileTests(PortalFactory factory)
{
    private const string Calls = StaffCallSteps.Calls;

    [Fact]
    public async Task Export_ThenImport_CreatesAnEqualDraft()
    {
        var staff = await factory.StaffAsync();
        var source = await factory.ImportOwnCallAsync(staff, StaffCallSteps.Unique("往返测试"));
        using var download = await staff.GetAsync($"{Calls}/{source}/export");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("xinjiang-2025-", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var exported = JsonNode.Parse(await download.Content.ReadAsStringAsync())!.AsObject();

        var title = StaffCallSteps.Unique("往返导入");
        exported["title"] = title;
        using var imported = await staff.PostFormAsync($"{Calls}/import", $"{Calls}/import", new Dictionary<string, string> { ["Json"] = exported.ToJsonString() });

        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var copy = await factory.CallIdAsync(title);
        Assert.Equal("Draft", await factory.ScalarAsync("SELECT status FROM grant_calls WHERE id = $1", copy));
        var again = JsonNode.Parse(await staff.GetStringAsync($"{Calls}/{copy}/export"))!;
        Assert.True(JsonNode.DeepEquals(exported, again), "the imported call exports differently from its source");
        Assert.Equal(1L, await factory.CountAsync("SELECT count(*) FROM call_audit_entries WHERE call_id = $1 AND action = 'call.import'", copy));
    }

    [Fact]
    public async Task Import_InvalidFile_ListsErrorsByPath_AndSavesNothing()
    {
        var staff = await factory.StaffAsync();
        var file = await factory.SeededDefinitionAsync(staff);
        file["tenant"] = "guangxi";
        file["year"] = 1999;
        file["title"] = StaffCallSteps.Unique("无效导入");
        var calls = await factory.CountAsync("SELECT count(*) FROM grant_calls");

        using var response = await staff.PostFormAsync($"{Calls}/import", $"{Calls}/import", new Dictionary<string, string> { ["Json"] = file.ToJsonString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var table = Html.Parse(await response.Content.ReadAsStringAsync()).GetElementById("definition-errors")!;
        var paths = table.QuerySelectorAll("tbody td code").Select(c => c.TextContent).ToList();
        Assert.Contains("$.tenant", paths);
        Assert.Contains("$.year", paths);
        Assert.Equal(calls, await factory.CountAsync("SELECT count(*) FROM grant_calls"));

        using var broken = await staff.PostFormAsync($"{Calls}/import", $"{Calls}/import", new Dictionary<string, string> { ["Json"] = "{ \"title\": " });
        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        Assert.Contains("JSON", Html.Parse(await broken.Content.ReadAsStringAsync()).GetElementById("definition-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(calls, await factory.CountAsync("SELECT count(*) FROM grant_calls"));
    }

    [Fact]
    public async Task Import_UploadThatIsNotJson_IsRefusedWithAMessage()
    {
        var staff = await factory.StaffAsync();
        var token = (await staff.GetPageAsync($"{Calls}/import")).QuerySelector($"form[action='{Calls}/import'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent("%PDF-1.4"u8.ToArray()), "File", "notice.pdf" },
        };

        using var response = await staff.PostAsync($"{Calls}/import", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(Html.Parse(await response.Content.ReadAsStringAsync()).FieldError("File"));
    }
}
