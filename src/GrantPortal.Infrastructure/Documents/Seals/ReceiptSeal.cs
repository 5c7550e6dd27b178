using System.Globalization;
using GrantPortal.Domain.Common;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GrantPortal.Infrastructure.Documents.Seals;

/// <summary>
/// 电子受理章: the association's red receipt seal, drawn as vectors on every page of a PDF: a double circle, the
/// association's full name around the upper arc (each character turned along it), a five-pointed star, 受理 and the
/// time (Beijing, yyyy-MM-dd HH:mm). Placement: page 1 carries the full-size seal (42 mm, like a paper seal) in the
/// lower right, above the footer band, with a one-line caption under it (name and time as plain text, so that
/// search and pdftotext find them); every other page carries a small one (21 mm) in the same corner. The header and the
/// QR code of the form (top of every page) and the page numbers (bottom line) stay clear.
/// </summary>
public static class ReceiptSeal
{
    /// <summary>Seal red (朱红).</summary>
    public static readonly XColor Red = XColor.FromArgb(214, 0, 25);

    private const double PointsPerMm = 72 / 25.4;

    /// <summary>Stamps every page of <paramref name="document"/> (opened for modification).</summary>
    public static void Stamp(PdfDocument document, string associationName, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(associationName);
        PdfFonts.EnsureConfigured();
        var time = BeijingTime.ToBeijing(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var width = page.Width.Point;
            var height = page.Height.Point;
            var radius = (i == 0 ? 21 : 10.5) * PointsPerMm;
            var centre = new XPoint(width - 22 * PointsPerMm - radius, height - 24 * PointsPerMm - radius);
            Draw(gfx, centre, radius, associationName, time);
            if (i == 0)
            {
                var caption = new XFont(PdfFonts.Family, 7);
                gfx.DrawString($"电子受理章 {associationName} 受理 {time}", caption, new XSolidBrush(Red),
                    new XRect(0, centre.Y + radius + 4, width - 22 * PointsPerMm, 10), XStringFormats.TopRight);
            }
        }
    }

    /// <summary>Draws one seal of <paramref name="radius"/> points centred on <paramref name="centre"/>.</summary>
    public static void Draw(XGraphics gfx, XPoint centre, double radius, string associationName, string time)
    {
        ArgumentNullException.ThrowIfNull(gfx);
        ArgumentNullException.ThrowIfNull(associationName);
        var brush = new XSolidBrush(Red);
        gfx.DrawEllipse(new XPen(Red, radius * 0.055), centre.X - radius, centre.Y - radius, radius * 2, radius * 2);
        gfx.DrawEllipse(new XPen(Red, radius * 0.012), centre.X - radius * 0.9, centre.Y - radius * 0.9, radius * 1.8, radius * 1.8);

        // The name around the upper arc, centred on the top, each character upright towards the rim.
        var characters = associationName.EnumerateRunes().Select(r => r.ToString()).ToList();
        var span = Math.Min(250.0, characters.Count * 21.0);
        var textRadius = radius * 0.7;
        var nameFont = new XFont(PdfFonts.Family, radius * (characters.Count > 14 ? 0.2 : 0.24), XFontStyleEx.Bold);
        for (var i = 0; i < characters.Count; i++)
        {
            var angle = -90 - span / 2 + span * (i + 0.5) / characters.Count;
            var radians = angle * Math.PI / 180;
            var at = new XPoint(centre.X + textRadius * Math.Cos(radians), centre.Y + textRadius * Math.Sin(radians));
            var state = gfx.Save();
            gfx.RotateAtTransform(angle + 90, at);
            gfx.DrawString(characters[i], nameFont, brush, at, XStringFormats.Center);
            gfx.Restore(state);
        }

        gfx.DrawPolygon(brush, Star(new XPoint(centre.X, centre.Y - radius * 0.02), radius * 0.24), XFillMode.Winding);
        gfx.DrawString("受理", new XFont(PdfFonts.Family, radius * 0.2, XFontStyleEx.Bold), brush,
            new XPoint(centre.X, centre.Y + radius * 0.38), XStringFormats.Center);
        gfx.DrawString(time, new XFont(PdfFonts.Family, radius * 0.11), brush,
            new XPoint(centre.X, centre.Y + radius * 0.62), XStringFormats.Center);
    }

    /// <summary>The ten corners of a five-pointed star, one point up.</summary>
    private static XPoint[] Star(XPoint centre, double outer)
    {
        var inner = outer * 0.382;
        var points = new XPoint[10];
        for (var i = 0; i < 10; i++)
        {
            var r = i % 2 == 0 ? outer : inner;
            var radians = (-90 + i * 36) * Math.PI / 180;
            points[i] = new XPoint(centre.X + r * Math.Cos(radians), centre.Y + r * Math.Sin(radians));
        }
        return points;
    }
}
