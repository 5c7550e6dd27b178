namespace GrantPortal.Infrastructure.Documents.Layout;

/// <summary>Horizontal alignment of a cell's lines.</summary>
internal enum CellAlign
{
    Left,
    Center,
    Right,
}
