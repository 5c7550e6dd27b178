using System.Diagnostics;
using GrantPortal.Infrastructure.Documents;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GrantPortal.IntegrationTests.Documents;

/// <summary>The portal's PDF font: Chinese drawn with it comes back from poppler exactly, from an embedded subset.</summary>
public class PdfFontsTests
{
    [Fact]
    public async Task ChineseText_IsEmbeddedAsASubset_AndExtractsExactly()
    {
        PdfFonts.EnsureConfigured();
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            graphics.DrawString("新疆维吾尔自治区科学技术协会 2025 年度 No.42", new XFont(PdfFonts.Family, 12), XBrushes.Black, new XPoint(40, 60));
        }
        var path = Path.Combine(Path.GetTempPath(), $"gp-font-{Guid.NewGuid():N}.pdf");
        document.Save(path);
        try
        {
            Assert.Contains("新疆维吾尔自治区科学技术协会 2025 年度 No.42", await PopplerAsync("pdftotext", $"-layout {path} -"));
            var fonts = await PopplerAsync("pdffonts", path);
            // One font, a subset (ABCDEF+Name), embedded: "emb yes sub yes".
            var line = Assert.Single(fonts.Split('\n').Skip(2), l => l.Length > 0);
            Assert.Matches(@"^[A-Z]{6}\+\S+\s.*\byes\s+yes\s+yes\b", line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Extract_OfAPlainTrueTypeFile_ReturnsItUnchanged()
    {
        var ttf = TrueTypeCollection.Extract(File.ReadAllBytes(PdfFonts.DefaultFontFile));
        Assert.Equal(ttf, TrueTypeCollection.Extract(ttf));
        Assert.Equal([0, 1, 0, 0], ttf[..4]);
    }

    private static async Task<string> PopplerAsync(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
