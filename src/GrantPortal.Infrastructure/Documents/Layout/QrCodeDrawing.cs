using PdfSharp.Drawing;
using QRCoder;

namespace GrantPortal.Infrastructure.Documents.Layout;

/// <summary>A QR code drawn as vector squares (sharp at any print size, a few hundred bytes), quiet zone included.</summary>
internal sealed class QrCodeDrawing
{
    private readonly List<(int Row, int Start, int Length)> _runs = [];

    public QrCodeDrawing(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        Modules = matrix.Count;
        for (var row = 0; row < matrix.Count; row++)
        {
            var start = -1;
            for (var column = 0; column <= matrix[row].Length; column++)
            {
                var dark = column < matrix[row].Length && matrix[row][column];
                if (dark && start < 0)
                {
                    start = column;
                }
                else if (!dark && start >= 0)
                {
                    _runs.Add((row, start, column - start));
                    start = -1;
                }
            }
        }
    }

    /// <summary>Modules per side, quiet zone included.</summary>
    public int Modules { get; }

    public void Draw(XGraphics graphics, double x, double y, double size)
    {
        ArgumentNullException.ThrowIfNull(graphics);
        var module = size / Modules;
        graphics.DrawRectangle(XBrushes.White, x, y, size, size);
        foreach (var (row, start, length) in _runs)
        {
            // A hair wider than the module, so that neighbouring runs leave no seams when rasterised.
            graphics.DrawRectangle(XBrushes.Black, x + start * module, y + row * module, length * module + 0.05, module + 0.05);
        }
    }
}
