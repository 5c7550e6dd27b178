using System.Net;
using System.Text.Json.Nodes;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Staff.Calls;

/// <summary>What the staff call tests do again and again, as a browser would: sign in, create, import and look up their own calls.</summary>
internal static class StaffCallSteps
{
    public const string Calls = "/xinjiang/staff/calls";

    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static async Task<HttpClient> StaffAsync(this PortalFactory factory, string tenant = "xinjiang")
    {
        var client = factory.Browser();
        await client.SignInAsync($"staff@{tenant}.example.com");
        return client;
    }

    public static async Task<Guid> CallIdAsync(this PortalFactory factory, string title, int? year = null) =>
        (Guid)(year is { } y
            ? await factory.ScalarAsync("SELECT id FROM grant_calls WHERE title = $1 AND year = $2", title, y)
            : await factory.ScalarAsync("SELECT id FROM grant_calls WHERE title = $1", title))!;

    /// <summary>A new draft of xinjiang with only its notice, through the new-call page.</summary>
    public static async Task<Guid> CreateDraftAsync(this PortalFactory factory, HttpClient staff, string title, int year = 2040)
    {
        using var response = await staff.PostFormAsync($"{Calls}/new", $"{Calls}/new", new Dictionary<string, string>
        {
            ["Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Title"] = title, ["NoticeText"] = "正文",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await factory.CallIdAsync(title);
        Assert.Equal($"{Calls}/{id}", response.LocationPath()); // straight to the new draft's overview
        return id;
    }

    /// <summary>The seeded xinjiang 2025 call's definition file, read through the export button.</summary>
    public static async Task<JsonObject> SeededDefinitionAsync(this PortalFactory factory, HttpClient staff)
    {
        var seeded = (Guid)(await factory.ScalarAsync(
            "SELECT c.id FROM grant_calls c JOIN associations a ON a.id = c.tenant_id WHERE a.identifier = 'xinjiang' AND c.year = 2025 ORDER BY c.created_at LIMIT 1"))!;
        var json = await staff.GetStringAsync($"{Calls}/{seeded}/export");
        return JsonNode.Parse(json)!.AsObject();
    }

    /// <summary>A whole call of its own (the seeded xinjiang tree, forms and rules under a new title), imported as a draft.</summary>
    public static async Task<Guid> ImportOwnCallAsync(this PortalFactory factory, HttpClient staff, string title)
    {
        var file = await factory.SeededDefinitionAsync(staff);
        file["title"] = title;
        using var response = await staff.PostFormAsync($"{Calls}/import", $"{Calls}/import", new Dictionary<string, string> { ["Json"] = file.ToJsonString() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await factory.CallIdAsync(title);
        Assert.Equal($"{Calls}/{id}", response.LocationPath());
        return id;
    }

    /// <summary>Posts a schedule whose submission deadline is a minute in Beijing time, with no other deadlines.</summary>
    public static async Task<HttpResponseMessage> ScheduleAsync(this HttpClient staff, Guid id, string deadlineAt)
    {
        var page = $"{Calls}/{id}/schedule";
        var revision = (await staff.GetPageAsync(page)).QuerySelector("input[name=Revision]")!.GetAttribute("value")!;
        return await staff.PostFormAsync(page, page, new Dictionary<string, string>
        {
            ["Revision"] = revision, ["Deadline.Kind"] = "minute", ["Deadline.At"] = deadlineAt,
            ["Completion.Kind"] = "none", ["Acceptance.Kind"] = "none",
        });
    }

    public static async Task<string> RevisionOnAsync(this HttpClient staff, string page) =>
        (await staff.GetPageAsync(page)).QuerySelector("input[name=Revision]")!.GetAttribute("value")!;
}
