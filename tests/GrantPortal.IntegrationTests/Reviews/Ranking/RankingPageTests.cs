using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Reviews.Ranking;

/// <summary>The staff ranking page and its exports.</summary>
[Collection(PortalCollection.Name)]
public sealed class RankingPageTests(PortalFactory factory)
{
    // Means: 1 → 72, 2 → 89, 3 → 81, 4 → 55 (spread 10, the others 2–4).
    private static readonly decimal[][] Totals = [[70m, 74m], [90m, 88m], [80m, 82m], [60m, 50m]];

    private async Task<HttpClient> StaffAsync(string tenant = "xinjiang")
    {
        var client = factory.Browser();
        await client.SignInAsync($"staff@{tenant}.example.com");
        return client;
    }

    [Fact]
    public async Task Ranking_ShowsTheOrderMeansProgressAndTotals()
    {
        var setup = await ReviewedCall.CreateAsync(factory, "xinjiang", Totals);
        var client = await StaffAsync();

        var page = await client.GetPageAsync($"/xinjiang/staff/calls/{setup.CallId}/ranking");

        var rows = page.QuerySelectorAll("table.ranking tbody tr").ToList();
        var numbers = setup.Applications.Select(a => a.Number).ToList();
        Assert.Equal([numbers[1], numbers[2], numbers[0], numbers[3]], rows.Select(r => r.GetAttribute("data-number")));
        Assert.Equal(["89.00", "81.00", "72.00", "55.00"], rows.Select(r => r.QuerySelector("td.mean")!.TextContent.Trim()));
        Assert.All(rows, r => Assert.Equal("outcome-funded", r.GetAttribute("class")));
        Assert.Contains("8 / 8", page.GetElementById("progress")!.TextContent, StringComparison.Ordinal);
        var total = page.QuerySelector($"#totals tr[data-code={setup.Code}]")!.TextContent;
        Assert.Contains("12万元", total, StringComparison.Ordinal); // 4 × 3万
    }

    [Fact]
    public async Task Ranking_Normalised_ShowsTheNormalisedMeans()
    {
        // Reviewer A: 60 and 90 (mean 75, sd 15); reviewer B: 80 and 70 (mean 75, sd 5). Pool 60 90 80 70: mean 75,
        // sd √((225+225+25+25)/4) = 11.18. A 60 → 75 − 11.18 = 63.82, A 90 → 86.18; B 80 → 86.18, B 70 → 63.82.
        // Application 1 (60, 80): 75.00 either way; application 2 (90, 70): 80 as given, 75.00 normalised.
        var setup = await ReviewedCall.CreateAsync(factory, "xinjiang", [[60m, 80m], [90m, 70m]]);
        var client = await StaffAsync();

        var page = await client.GetPageAsync($"/xinjiang/staff/calls/{setup.CallId}/ranking?normalise=true");

        var rows = page.QuerySelectorAll("table.ranking tbody tr").ToList();
        Assert.Equal(["75.00", "75.00"], rows.Select(r => r.Children[6].TextContent.Trim()));
        // Tied on the normalised mean, the higher mean as given ranks first.
        Assert.Equal(setup.Applications[1].Number, rows[0].GetAttribute("data-number"));
        Assert.NotNull(page.GetElementById("normalisation-note"));
    }

    [Fact]
    public async Task Exports_XlsxAndCsv_HaveTheRowsInRankOrder()
    {
        var setup = await ReviewedCall.CreateAsync(factory, "xinjiang", Totals);
        var client = await StaffAsync();
        var numbers = setup.Applications.Select(a => a.Number).ToList();

        using var xlsx = await client.GetAsync($"/xinjiang/staff/calls/{setup.CallId}/ranking.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Contains("filename*=UTF-8''", xlsx.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.EndsWith(".xlsx", xlsx.Content.Headers.ContentDisposition.FileNameStar, StringComparison.Ordinal);
        Assert.Contains("评审排序", xlsx.Content.Headers.ContentDisposition.FileNameStar, StringComparison.Ordinal);
        using (var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()))
        using (var document = SpreadsheetDocument.Open(stream, false))
        {
            var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
            Assert.Equal(5, rows.Count);
            Assert.Equal("申报编号", rows[0].Elements<Cell>().ElementAt(3).InnerText);
            Assert.Equal([numbers[1], numbers[2], numbers[0], numbers[3]], rows.Skip(1).Select(r => r.Elements<Cell>().ElementAt(3).InnerText));
            Assert.Equal("89.00", rows[1].Elements<Cell>().ElementAt(7).CellValue!.Text);
        }

        using var csv = await client.GetAsync($"/xinjiang/staff/calls/{setup.CallId}/ranking.csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("\"类别编号\"", lines[0], StringComparison.Ordinal);
        Assert.Contains($"\"{numbers[1]}\"", lines[1], StringComparison.Ordinal);
        Assert.Contains($"\"{numbers[3]}\"", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherAssociation_404_ApplicantAndReviewerForbidden()
    {
        var setup = await ReviewedCall.CreateAsync(factory, "xinjiang", Totals);
        var guangxi = await StaffAsync("guangxi");
        await guangxi.GetPageAsync($"/guangxi/staff/calls/{setup.CallId}/ranking", HttpStatusCode.NotFound);
        await guangxi.GetPageAsync($"/guangxi/staff/calls/{setup.CallId}/decision", HttpStatusCode.NotFound);
        using (var export = await guangxi.GetAsync($"/guangxi/staff/calls/{setup.CallId}/ranking.csv"))
        {
            Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
        }

        foreach (var role in new[] { "applicant", "reviewer" })
        {
            var client = factory.Browser();
            await client.SignInAsync($"{role}@xinjiang.example.com");
            foreach (var path in new[] { "ranking", "ranking.xlsx", "decision" })
            {
                var (url, status, _) = await client.FollowAsync($"/xinjiang/staff/calls/{setup.CallId}/{path}");
                Assert.StartsWith("/account/denied", url, StringComparison.Ordinal);
                Assert.Equal(HttpStatusCode.Forbidden, status);
            }
        }
    }
}
