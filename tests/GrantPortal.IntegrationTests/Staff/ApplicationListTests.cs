using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Staff;

/// <summary>A call's applications as staff see them on deadline day: 100 to a page, filtered by status, searched by project, applicant or number.</summary>
[Collection(PortalCollection.Name)]
public sealed class ApplicationListTests(PortalFactory factory)
{
    [Fact]
    public async Task TheList_Pages_Filters_AndSearches()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, "hunan", 103);
        var client = factory.Browser();
        await client.SignInAsync("staff@hunan.example.com");
        var url = $"/hunan/staff/calls/{setup.CallId}/applications";

        var first = await client.GetPageAsync(url);
        Assert.Equal(100, first.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("共 103 份", first.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;

        var second = await client.GetPageAsync(next);
        Assert.Equal(3, second.QuerySelectorAll("tbody tr").Length);
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));

        var wanted = setup.Applications[41];
        var byNumber = await client.GetPageAsync($"{url}?q={Uri.EscapeDataString(wanted.Number)}");
        Assert.Equal(wanted.Title, byNumber.QuerySelector("tbody tr td a")!.TextContent.Trim());
        Assert.Single(byNumber.QuerySelectorAll("tbody tr"));

        var byApplicant = await client.GetPageAsync($"{url}?q={Uri.EscapeDataString(wanted.OrganizationName)}");
        Assert.Single(byApplicant.QuerySelectorAll("tbody tr"));

        var none = await client.GetPageAsync($"{url}?q=%25_%5C&status=Draft");
        Assert.Empty(none.QuerySelectorAll("tbody tr"));
        Assert.Contains("没有符合条件的申报书", none.Body!.TextContent, StringComparison.Ordinal);
    }
}
