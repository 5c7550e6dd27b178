using PdfSharp.Drawing;

namespace GrantPortal.Infrastructure.Documents.Layout;

/// <summary>
/// Bordered table rows on the page writer. A row that does not fit is split between lines: what fits stays on this
/// page, the rest continues on the next (its first cell marked "（续）"), after the table's header row again when it has one.
/// </summary>
internal sealed class TableWriter(PdfPageWriter pages)
{
    public const double Padding = 4;
    private static readonly XPen Border = new(XColors.Black, 0.6);
    private static readonly XBrush Shade = new XSolidBrush(XColor.FromArgb(238, 238, 238));

    /// <summary>Wraps <paramref name="text"/> for a cell of <paramref name="width"/>.</summary>
    public IReadOnlyList<string> Lines(string? text, XFont font, double width) => pages.Wrap(text, font, width - 2 * Padding);

    /// <summary>
    /// Draws one row of cells of the given widths (summing to the page's width), splitting it across pages if needed;
    /// <paramref name="repeatHeader"/> redraws the table's header at the top of a new page.
    /// </summary>
    public void Row(IReadOnlyList<double> widths, IReadOnlyList<TableCell> cells, Action? repeatHeader = null, double minHeight = 0)
    {
        var lineHeight = cells.Max(c => PdfPageWriter.LineHeight(c.Font));
        var total = Math.Max(1, cells.Max(c => c.Lines.Count));
        var start = 0;
        while (true)
        {
            var remaining = total - start;
            var height = Math.Max(2 * Padding + remaining * lineHeight, start == 0 ? minHeight : 0);
            if (pages.Fits(height))
            {
                Draw(widths, cells, start, remaining, height, lineHeight);
                pages.Y += height;
                return;
            }
            var fit = (int)Math.Floor((pages.Bottom - pages.Y - 2 * Padding) / lineHeight);
            // Keep at least two lines together (or the whole of a short row) rather than leave one alone at a page's foot.
            if (fit >= Math.Min(2, remaining) && fit > 0 && pages.Y > pages.Top + 1)
            {
                var sliceHeight = 2 * Padding + fit * lineHeight;
                Draw(widths, cells, start, fit, sliceHeight, lineHeight);
                start += fit;
            }
            else if (pages.Y <= pages.Top + 1)
            {
                // A fresh page that cannot hold it at all: draw what fits and go on.
                fit = Math.Max(1, fit);
                Draw(widths, cells, start, fit, 2 * Padding + fit * lineHeight, lineHeight);
                start += fit;
                if (start >= total)
                {
                    pages.Y += 2 * Padding + fit * lineHeight;
                    return;
                }
            }
            pages.NewPage();
            repeatHeader?.Invoke();
        }
    }

    private void Draw(IReadOnlyList<double> widths, IReadOnlyList<TableCell> cells, int start, int count, double height, double lineHeight)
    {
        var graphics = pages.Graphics;
        var x = pages.Left;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var width = widths[i];
            if (cell.Shaded)
            {
                graphics.DrawRectangle(Shade, x, pages.Y, width, height);
            }
            graphics.DrawRectangle(Border, x, pages.Y, width, height);
            var lines = cell.Lines.Skip(start).Take(count).ToList();
            if (lines.Count == 0 && start > 0 && i == 0 && cell.Lines.Count > 0)
            {
                lines = ["（续）"];
            }
            var y = pages.Y + Padding + (lineHeight - cell.Font.Size) / 2;
            foreach (var line in lines)
            {
                var lineWidth = cell.Align == CellAlign.Left ? 0 : pages.Measure(line, cell.Font);
                var lineX = cell.Align switch
                {
                    CellAlign.Center => x + (width - lineWidth) / 2,
                    CellAlign.Right => x + width - Padding - lineWidth,
                    _ => x + Padding,
                };
                pages.Text(line, cell.Font, lineX, y);
                y += lineHeight;
            }
            x += width;
        }
    }
}
