using GrantPortal.Infrastructure.Documents.Layout;

namespace GrantPortal.IntegrationTests.Documents.ApplicationPdf;

/// <summary>The Chinese line breaker, with a monospaced measure: a Chinese character is 1 wide, a Latin one 0.5.</summary>
public class LineBreakerTests
{
    private static double Measure(string text) => text.Sum(c => c < 0x2000 ? 0.5 : 1.0);

    private static IReadOnlyList<string> Break(string? text, double width) => LineBreaker.Break(text, width, Measure);

    [Fact]
    public void ChineseText_BreaksByCharacter_AtTheWidth()
    {
        Assert.Equal(["一二三四五", "六七八九十", "甲乙"], Break("一二三四五六七八九十甲乙", 5));
    }

    [Fact]
    public void Text_ComesBackWhole_WhenTheLinesAreJoined()
    {
        const string text = "围绕新疆特色产业的关键技术需求，组织区内外高校（含科研院所）开展“科技下乡”活动，覆盖2000人次以上。";
        foreach (var width in new[] { 3.0, 5, 7, 11, 17 })
        {
            Assert.Equal(text, string.Concat(Break(text, width)));
        }
    }

    [Theory]
    [InlineData("一二三四，五六", new[] { "一二三", "四，五六" })]
    [InlineData("一二三四。", new[] { "一二三", "四。" })]
    [InlineData("一二三四）五", new[] { "一二三", "四）五" })]
    [InlineData("一二三四”五", new[] { "一二三", "四”五" })]
    public void ClosingPunctuation_NeverStartsALine(string text, string[] expected)
    {
        Assert.Equal(expected, Break(text, 4));
    }

    [Theory]
    [InlineData("一二三（四五）", new[] { "一二三", "（四五）" })]
    [InlineData("一二三《四》", new[] { "一二三", "《四》" })]
    [InlineData("一二三“四”", new[] { "一二三", "“四”" })]
    public void OpeningPunctuation_NeverEndsALine(string text, string[] expected)
    {
        Assert.Equal(expected, Break(text, 4));
    }

    [Fact]
    public void NoLine_StartsWithClosingOrEndsWithOpeningPunctuation_InALongText()
    {
        var text = string.Concat(Enumerable.Repeat("项目（一期）内容：“科普”讲座，培训、交流；成效？好！《汇编》「一」『二』。", 12));
        foreach (var width in Enumerable.Range(4, 20))
        {
            var lines = Break(text, width);
            Assert.All(lines.Skip(1), l => Assert.DoesNotContain(l[0], LineBreaker.Closing));
            Assert.All(lines, l => Assert.DoesNotContain(l[^1], LineBreaker.Opening));
            Assert.All(lines, l => Assert.True(Measure(l) <= width + 1, $"'{l}' is wider than {width}"));
            Assert.Equal(text, string.Concat(lines));
        }
    }

    [Fact]
    public void LatinWordsAndNumbers_StayTogether_WhenTheyFit()
    {
        // "2000" is 2 wide, "PDFsharp" 4: each moves to the next line whole rather than being split.
        Assert.Equal(["一二三四", "2000人次"], Break("一二三四2000人次", 5));
        Assert.Equal(["用", "PDFsharp", "生成"], Break("用 PDFsharp 生成", 4));
    }

    [Fact]
    public void AWordLongerThanALine_IsBrokenByCharacter()
    {
        var lines = Break("网址https://example.org/very/long/path", 6);
        Assert.Equal("网址https://example.org/very/long/path", string.Concat(lines));
        Assert.All(lines, l => Assert.True(Measure(l) <= 6));
    }

    [Fact]
    public void LineFeeds_StartNewLines_AndBlankParagraphsStay()
    {
        Assert.Equal(["第一段", "", "第二段"], Break("第一段\r\n\n第二段", 10));
        Assert.Empty(Break("", 10));
        Assert.Empty(Break(null, 10));
    }
}
