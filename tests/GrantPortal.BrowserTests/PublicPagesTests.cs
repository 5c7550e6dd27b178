using GrantPortal.BrowserTests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GrantPortal.BrowserTests;

/// <summary>The public association pages as Chromium renders them: Chinese in a real CJK font, usable on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicPagesTests(BrowserPortal portal, ITestOutputHelper output)
{
    [Fact]
    public async Task Guangxi_home_renders_heading_and_categories_in_a_CJK_font()
    {
        var page = await portal.NewPageAsync();
        var response = await page.GotoAsync("/guangxi");
        Assert.Equal(200, response?.Status);

        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "广西壮族自治区科学技术协会" });
        await Assertions.Expect(heading).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr[data-code='2023-3']").First).ToBeVisibleAsync();

        // The font Chromium really used for the heading's glyphs (DevTools: CSS.getPlatformFontsForNode).
        var fonts = await PlatformFontsAsync(page, "h1");
        output.WriteLine("h1 platform fonts: " + string.Join(", ", fonts.Select(f => $"{f.Family} ({f.Glyphs} glyphs)")));
        Assert.Contains(fonts, f => IsCjkFont(f.Family) && f.Glyphs >= 10);

        // And on pixels: as tofu, 科 and 协 would be the same empty box as an unassigned private-use code point.
        var glyphs = await page.EvaluateAsync<string[]>(@"() => {
            const font = getComputedStyle(document.querySelector('h1')).fontFamily;
            const draw = text => {
                const canvas = document.createElement('canvas');
                canvas.width = 40; canvas.height = 40;
                const g = canvas.getContext('2d');
                g.fillStyle = '#fff'; g.fillRect(0, 0, 40, 40);
                g.fillStyle = '#000'; g.font = '32px ' + font; g.textBaseline = 'top';
                g.fillText(text, 2, 2);
                return canvas.toDataURL();
            };
            return [draw('科'), draw('协'), draw('\uE000'), draw('')];
        }");
        Assert.NotEqual(glyphs[0], glyphs[1]);
        Assert.NotEqual(glyphs[0], glyphs[2]);
        Assert.NotEqual(glyphs[1], glyphs[2]);
        Assert.NotEqual(glyphs[0], glyphs[3]);

        var path = Path.Combine(BrowserPortal.ScreenshotDirectory, "guangxi-home.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        Report(path);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Xinjiang_home_fits_a_phone_without_horizontal_scrolling()
    {
        var page = await portal.NewPageAsync(width: 390, height: 844);
        var response = await page.GotoAsync("/xinjiang");
        Assert.Equal(200, response?.Status);
        await Assertions.Expect(page.Locator("table.categories").First).ToBeVisibleAsync();

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        output.WriteLine($"scrollWidth {widths[0]}, innerWidth {widths[1]}");
        var path = Path.Combine(BrowserPortal.ScreenshotDirectory, "xinjiang-phone.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        Report(path);

        // Wide tables may scroll inside their .table-wrap; nothing else may push the page sideways.
        var culprits = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('body *')]
            .filter(e => !e.closest('.table-wrap') && e.getBoundingClientRect().right > window.innerWidth + 0.5)
            .slice(0, 10).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ': ' + (e.textContent || '').trim().slice(0, 40))");
        Assert.True(widths[0] <= widths[1], $"page is {widths[0]}px wide in a {widths[1]}px viewport; overflowing: {string.Join(" | ", culprits)}");
        await page.Context.CloseAsync();
    }

    private void Report(string path)
    {
        output.WriteLine("screenshot: " + path);
        Console.WriteLine("screenshot: " + path);
    }

    private static bool IsCjkFont(string family) =>
        family.Contains("WenQuanYi", StringComparison.OrdinalIgnoreCase) || family.Contains("CJK", StringComparison.OrdinalIgnoreCase)
        || family.Contains("文泉驿", StringComparison.Ordinal) || family.Contains("Droid Sans Fallback", StringComparison.OrdinalIgnoreCase);

    private static async Task<List<(string Family, int Glyphs)>> PlatformFontsAsync(IPage page, string selector)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        var document = await cdp.SendAsync("DOM.getDocument");
        var rootId = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
        var found = await cdp.SendAsync("DOM.querySelector", new Dictionary<string, object> { ["nodeId"] = rootId, ["selector"] = selector });
        var nodeId = found!.Value.GetProperty("nodeId").GetInt32();
        var fonts = await cdp.SendAsync("CSS.getPlatformFontsForNode", new Dictionary<string, object> { ["nodeId"] = nodeId });
        return fonts!.Value.GetProperty("fonts").EnumerateArray()
            .Select(f => (f.GetProperty("familyName").GetString() ?? "", f.GetProperty("glyphCount").GetInt32()))
            .ToList();
    }
}
