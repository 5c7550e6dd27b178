using PdfSharp.Drawing;

namespace GrantPortal.Infrastructure.Documents.Layout;

/// <summary>One cell of a bordered table row: its wrapped lines, font, alignment and whether it is shaded (labels, headers).</summary>
internal sealed record TableCell(IReadOnlyList<string> Lines, XFont Font, CellAlign Align = CellAlign.Left, bool Shaded = false);
