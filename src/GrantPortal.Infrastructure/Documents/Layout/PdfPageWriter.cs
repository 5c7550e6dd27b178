using System.Collections.Concurrent;
using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GrantPortal.Infrastructure.Documents.Layout;

/// <summary>
/// Writes A4 pages top to bottom: a cursor <see cref="Y"/>, a new page (with its header) when the next piece does not
/// fit, and at the end the footer "第 X 页 共 Y 页" stamped on every page once the total is known. Margins as official
/// forms have them (left 28 mm, right 26 mm); the header band holds the application's number, version, code and QR.
/// </summary>
internal sealed class PdfPageWriter : IDisposable
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;

    private static readonly ConcurrentDictionary<(double Size, bool Bold, string Text), double> Widths = new();
    private readonly PdfDocument _document;
    private readonly Action<XGraphics> _header;
    private readonly List<PdfPage> _pages = [];
    private readonly Dictionary<(double, bool), XFont> _fonts = [];
    private XGraphics? _graphics;

    public PdfPageWriter(PdfDocument document, Action<XGraphics> header)
    {
        _document = document;
        _header = header;
    }

    public static double Mm(double millimetres) => millimetres * 72 / 25.4;

    public double Left { get; } = Mm(28);
    public double Right { get; } = PageWidth - Mm(26);
    public double Top { get; } = Mm(34);
    public double Bottom { get; } = PageHeight - Mm(22);
    public double Width => Right - Left;
    public double Y { get; set; }
    public int PageCount => _pages.Count;

    public XGraphics Graphics => _graphics ?? throw new InvalidOperationException("No page yet.");

    public XFont Font(double size, bool bold = false)
    {
        if (!_fonts.TryGetValue((size, bold), out var font))
        {
            font = new XFont(PdfFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            _fonts[(size, bold)] = font;
        }
        return font;
    }

    /// <summary>Width of <paramref name="text"/> in <paramref name="font"/>, remembered across documents.</summary>
    public double Measure(string text, XFont font) =>
        Widths.GetOrAdd((font.Size, font.Bold, text), static (key, state) => state.Graphics.MeasureString(key.Text, state.Font).Width, (Graphics, Font: font));

    public IReadOnlyList<string> Wrap(string? text, XFont font, double width) => LineBreaker.Break(text, width, t => Measure(t, font));

    public static double LineHeight(XFont font) => font.Size * 1.5;

    public void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _pages.Add(page);
        _graphics = XGraphics.FromPdfPage(page);
        _header(_graphics);
        Y = Top;
    }

    public bool Fits(double height) => Y + height <= Bottom + 0.01;

    /// <summary>Starts a new page unless <paramref name="height"/> fits below the cursor.</summary>
    public void EnsureSpace(double height)
    {
        if (!Fits(height))
        {
            NewPage();
        }
    }

    public void Text(string text, XFont font, double x, double y, XBrush? brush = null) =>
        Graphics.DrawString(text, font, brush ?? XBrushes.Black, x, y, XStringFormats.TopLeft);

    public void CenteredText(string text, XFont font, double y, XBrush? brush = null) =>
        Text(text, font, Left + (Width - Measure(text, font)) / 2, y, brush);

    /// <summary>Closes the last page and writes "第 X 页 共 Y 页" at the foot of every page.</summary>
    public void Finish()
    {
        _graphics?.Dispose();
        _graphics = null;
        var font = Font(9);
        for (var i = 0; i < _pages.Count; i++)
        {
            using var graphics = XGraphics.FromPdfPage(_pages[i], XGraphicsPdfPageOptions.Append);
            var text = string.Format(CultureInfo.InvariantCulture, "第 {0} 页 共 {1} 页", i + 1, _pages.Count);
            var width = graphics.MeasureString(text, font).Width;
            graphics.DrawString(text, font, XBrushes.Black, (PageWidth - width) / 2, PageHeight - Mm(15), XStringFormats.TopLeft);
        }
    }

    public void Dispose() => _graphics?.Dispose();
}
