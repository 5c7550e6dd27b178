using System.Net;
using AngleSharp.Dom;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Calls;

/// <summary>Each association's home shows its seeded call with the figures its notice gives.</summary>
[Collection(PortalCollection.Name)]
public sealed class SeededCallPageTests(PortalFactory factory)
{
    private static IReadOnlyList<IElement> Rows(AngleSharp.Html.Dom.IHtmlDocument page) => SeededCall(page).QuerySelectorAll("table.categories tbody tr").ToList();

    /// <summary>
    /// The seeded call's part of an association's page: the one whose title names the earliest year (other tests publish
    /// later calls, some without a year in the title). A year stands alone: "2023年度", not the digits of a random code
    /// such as "填写测试 a2015bcd".
    /// </summary>
    internal static IElement SeededCall(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".call").MinBy(c => System.Text.RegularExpressions.Regex.Match(
            c.QuerySelector("h3")?.TextContent ?? "", @"(?<![0-9A-Za-z])20\d\d(?![0-9A-Za-z])") is { Success: true } m ? m.Value : "9999")!;

    private static string Cell(IElement row, int column) => row.QuerySelectorAll("td")[column].TextContent.Trim();

    [Fact]
    public async Task Root_ListsTheFourAssociations()
    {
        var page = await factory.Browser().GetPageAsync("/");
        var text = page.Text();
        foreach (var name in new[] { "新疆维吾尔自治区科学技术协会", "广西壮族自治区科学技术协会", "湖南省科学技术协会", "山西省科学技术协会" })
        {
            Assert.Contains(name, text);
        }
        Assert.Equal(4, page.QuerySelectorAll(".cards .card").Length);
    }

    [Fact]
    public async Task Xinjiang_ShowsXxjl91WanInThreeTiers()
    {
        var page = await factory.Browser().GetPageAsync("/xinjiang");
        Assert.Contains("新疆维吾尔自治区科学技术协会", page.Text());
        var rows = Rows(page);
        var xxjl = rows.Single(r => r.GetAttribute("data-code") == "XXJL-2025");
        Assert.Equal("91万元", Cell(xxjl, 4));
        Assert.Equal("15个", Cell(xxjl, 3));
        var tiers = rows.Where(r => r.GetAttribute("data-code")!.StartsWith("XXJL-2025-", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, tiers.Count);
        Assert.Equal(["10万元/项", "7万元/项", "5万元/项"], tiers.Select(t => Cell(t, 2)));
        Assert.Equal(["2个", "3个", "10个"], tiers.Select(t => Cell(t, 3)));
        Assert.Contains("申报中", page.Text()); // the notice gives no deadline, so the call stays open
        Assert.Contains("通知未载明", page.Text());
        Assert.Contains("立项后 60%；中期评估后 30%；验收通过后 10%", page.Text());
    }

    [Fact]
    public async Task Guangxi_ShowsTenCategoriesTotalling219Wan()
    {
        var page = await factory.Browser().GetPageAsync("/guangxi");
        var categories = Rows(page).Where(r => r.ClassList.Contains("depth-0")).ToList();
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"2023-{i}"), categories.Select(r => r.GetAttribute("data-code")));
        Assert.Equal("219万元", SeededCall(page).QuerySelector("table.categories tfoot td[data-total]")!.TextContent.Trim());
        Assert.Equal("2190000.00", SeededCall(page).QuerySelector("table.categories tfoot td[data-total]")!.GetAttribute("data-total"));
        Assert.Contains("2023-04-28 24:00（北京时间）", page.Text());
        Assert.Contains("已截止", page.Text());
        var lecture = Rows(page).Single(r => r.GetAttribute("data-code") == "2023-3");
        Assert.Equal("30-40个", Cell(lecture, 3));
        Assert.Equal("70万元", Cell(lecture, 4));
        Assert.Contains("荣泽玥", Cell(lecture, 6));
        var forum = Rows(page).Single(r => r.GetAttribute("data-code") == "2023-3-3");
        Assert.Contains("3万元", Cell(forum, 2));
        Assert.Contains("不累加", Cell(forum, 2));
    }

    [Fact]
    public async Task Hunan_ShowsThreeClassesTotalling560Wan()
    {
        var page = await factory.Browser().GetPageAsync("/hunan");
        var classes = Rows(page).Where(r => r.ClassList.Contains("depth-0")).ToList();
        Assert.Equal(3, classes.Count);
        Assert.Equal(["50万元", "200万元", "310万元"], classes.Select(c => Cell(c, 4)));
        Assert.Equal("5600000.00", SeededCall(page).QuerySelector("table.categories tfoot td[data-total]")!.GetAttribute("data-total"));
        Assert.Contains("胡微", page.Text());
    }

    [Fact]
    public async Task Shanxi_ShowsFourCategoriesWithAmountsSetByReview()
    {
        var page = await factory.Browser().GetPageAsync("/shanxi");
        var categories = Rows(page).Where(r => r.ClassList.Contains("depth-0")).ToList();
        Assert.Equal(4, categories.Count);
        Assert.All(categories, c => Assert.Equal("未公布，由评审确定", Cell(c, 2)));
        Assert.Contains("2项", page.Text()); // at most 2 applications per unit
        Assert.Contains("2021-09-15 24:00（北京时间）", page.Text());
    }

    [Fact]
    public async Task CallDetails_ShowsNoticeTextAndTree()
    {
        var client = factory.Browser();
        var home = await client.GetPageAsync("/shanxi");
        var link = home.QuerySelector(".call h3 a")!.GetAttribute("href")!;
        var page = await client.GetPageAsync(link);
        Assert.Contains("晋科协函〔2021〕60号", page.Text());
        Assert.Contains("公示期：5个工作日", page.Text());
        Assert.Contains("学术活动品牌项目", page.Text());
    }

    [Fact]
    public async Task CategoryPage_ShowsFormWithCharacterLimit()
    {
        var client = factory.Browser();
        var home = await client.GetPageAsync("/guangxi");
        var link = home.QuerySelector("tr[data-code='2023-10'] td.name a")!.GetAttribute("href")!;
        var page = await client.GetPageAsync(link);
        Assert.Contains("800字以内", page.Text());
        Assert.Contains("附表10", page.Text());
    }

    [Theory]
    [InlineData("/beijing")]
    [InlineData("/beijing/register")]
    [InlineData("/XINJIANG")]
    public async Task UnknownTenant_Is404Page(string url)
    {
        var page = await factory.Browser().GetPageAsync(url, HttpStatusCode.NotFound);
        Assert.Contains("页面不存在", page.Text());
    }

    [Fact]
    public async Task Healthz_DatabaseAnswers_Is200()
    {
        using var response = await factory.Browser().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
