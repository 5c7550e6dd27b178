using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Staff.FormalChecks;

/// <summary>The formal-check queue on deadline day: 100 to a page, the counts over all of them, a page past the end shows the last.</summary>
[Collection(PortalCollection.Name)]
public sealed class QueuePagingTests(PortalFactory factory)
{
    [Fact]
    public async Task Queue_Pages_CountsAll_ClampsThePage()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, "hunan", 103);
        var client = factory.Browser();
        await client.SignInAsync("staff@hunan.example.com");
        var url = $"/hunan/staff/calls/{setup.CallId}/formal-check";

        var first = await client.GetPageAsync(url);
        Assert.Equal(100, first.QuerySelectorAll("table.fc-queue tbody tr").Length);
        Assert.Contains("(103)", first.GetElementById("tab-pending")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("第 1 / 2 页，共 103 份", first.QuerySelector("nav.pager")!.TextContent, StringComparison.Ordinal);
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.EndsWith("?page=2", next, StringComparison.Ordinal);

        var second = await client.GetPageAsync(next);
        var rows = second.QuerySelectorAll("table.fc-queue tbody tr");
        Assert.Equal(3, rows.Length);
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
        var shown = first.QuerySelectorAll("table.fc-queue tbody tr").Concat(rows).Select(r => r.GetAttribute("data-application")!).ToHashSet();
        Assert.Equal(setup.Applications.Select(a => a.ApplicationId.ToString()).ToHashSet(), shown);

        var past = await client.GetPageAsync(url + "?page=99");
        Assert.Equal(3, past.QuerySelectorAll("table.fc-queue tbody tr").Length);
        Assert.Null(past.QuerySelector("a[rel=next]"));
    }
}
