using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Money;

/// <summary>资金台账 and 统计 of a call: the figures after payments, the downloads (Chinese file names, BOM, real workbooks), the charts.</summary>
[Collection(PortalCollection.Name)]
public sealed class LedgerAndDashboardTests(PortalFactory factory)
{
    [Fact]
    public async Task Ledger_AfterPayments_ShowsTheFiguresAgainstTheCap_AndDownloads()
    {
        var setup = await FundedAwards.CreateAsync(factory, "xinjiang", 3);
        await MoneyTestSupport.PayAsync(factory, "xinjiang", setup.AwardIds[0], 1, MoneyTestSupport.Voucher());
        await MoneyTestSupport.PayAsync(factory, "xinjiang", setup.AwardIds[1], 1, MoneyTestSupport.Voucher());
        var client = factory.Browser();
        await client.SignInAsync("staff@xinjiang.example.com");
        var url = $"/xinjiang/staff/calls/{setup.Call.CallId}";

        var overview = await client.GetPageAsync(url);
        foreach (var link in new[] { "/awards", "/ledger", "/dashboard" })
        {
            Assert.NotNull(overview.QuerySelector($"a[href='{url}{link}']"));
        }
        var page = await client.GetPageAsync(url + "/ledger");
        string Figure(string row, string figure) => page.QuerySelector($"#ledger tr[data-category='{row}'] td[data-figure='{figure}']")!.TextContent.Trim();
        foreach (var row in new[] { setup.Call.Code, "total" })
        {
            Assert.Equal("9万元", Figure(row, "awarded"));
            Assert.Equal("3.6万元", Figure(row, "paid"));
            Assert.Equal("5.4万元", Figure(row, "outstanding"));
            Assert.Equal("0.00元", Figure(row, "cancelled"));
            Assert.Equal("91万元", Figure(row, "remaining"));
        }
        Assert.NotNull(page.GetElementById("cap-check"));
        Assert.Null(page.GetElementById("cap-breaches"));

        using var csv = await client.GetAsync(url + "/ledger.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("资金台账", csv.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        Assert.EndsWith(".csv", csv.Content.Headers.ContentDisposition.FileNameStar, StringComparison.Ordinal);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains($"{setup.Call.Code},学术交流活动,3,1000000.00,90000.00,36000.00,54000.00,0.00,0.00,0.00,910000.00,", text, StringComparison.Ordinal);
        Assert.Contains(",合计,3,1000000.00,90000.00,36000.00,54000.00,", text, StringComparison.Ordinal);
        Assert.Contains(setup.Call.Applications[2].Number, text, StringComparison.Ordinal);

        using var xlsx = await client.GetAsync(url + "/ledger.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Contains("资金台账", xlsx.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        Assert.Equal(["台账", "项目明细"], workbook.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value));
        var first = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Descendants<Sheet>().First().Id!);
        var rows = first.Worksheet.Descendants<Row>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("90000", rows[2].Elements<Cell>().ElementAt(4).CellValue!.Text.TrimEnd('0').TrimEnd('.'));
    }

    [Fact]
    public async Task Dashboard_ShowsApplicationsMoneyReviewsAndAwards_AsChartsAndTables()
    {
        var funded = await FundedAwards.CreateAsync(factory, "xinjiang", 2);
        var submitted = await SubmittedApplications.CreateAsync(factory, "xinjiang", 3);
        await MoneyTestSupport.PayAsync(factory, "xinjiang", funded.AwardIds[0], 1, MoneyTestSupport.Voucher());
        var client = factory.Browser();
        await client.SignInAsync("staff@xinjiang.example.com");

        var page = await client.GetPageAsync($"/xinjiang/staff/calls/{funded.Call.CallId}/dashboard");
        string Figure(string table, string figure) => page.QuerySelector($"#{table} tr[data-category='total'] td[data-figure='{figure}']")!.TextContent.Trim();
        Assert.Equal("2", Figure("table-applications", "submitted"));
        Assert.Equal("6万元", Figure("table-money", "awarded"));
        Assert.Equal("1.8万元", Figure("table-money", "paid"));
        Assert.Equal("2", Figure("table-execution", "active"));
        Assert.Equal("0", Figure("table-reviews", "reviews-total"));
        foreach (var chart in new[] { "chart-applications", "chart-money", "chart-reviews", "chart-execution" })
        {
            var svg = page.QuerySelector($"#{chart} svg")!;
            Assert.NotEmpty(svg.QuerySelectorAll("rect"));
            Assert.NotEmpty(svg.QuerySelectorAll("text"));
            Assert.Null(svg.QuerySelector("[style]"));
        }
        Assert.Contains("学术交流活动", page.QuerySelector("#chart-money svg text")!.TextContent, StringComparison.Ordinal);

        var other = await client.GetPageAsync($"/xinjiang/staff/calls/{submitted.CallId}/dashboard");
        Assert.Equal("3", other.QuerySelector("#table-applications tr[data-category='total'] td[data-figure='submitted']")!.TextContent.Trim());
        Assert.Equal("3", other.QuerySelector("#table-applications tr[data-category='total'] td[data-figure='formal-check']")!.TextContent.Trim());

        using var xlsx = await client.GetAsync($"/xinjiang/staff/calls/{funded.Call.CallId}/dashboard.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Contains("统计", xlsx.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        using (var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()))
        using (var document = SpreadsheetDocument.Open(stream, false))
        {
            Assert.Equal(["申报情况", "资金情况", "评审进度", "项目执行"], document.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value));
        }
        using var csv = await client.GetAsync($"/xinjiang/staff/calls/{funded.Call.CallId}/dashboard.csv");
        var text = Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]);
        Assert.Contains(",合计,1000000.00,", text, StringComparison.Ordinal);
        Assert.Contains("60000.00,18000.00", text, StringComparison.Ordinal);
    }
}
