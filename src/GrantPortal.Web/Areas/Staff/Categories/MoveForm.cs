namespace GrantPortal.Web.Areas.Staff.Categories;

/// <summary>Move a node one place up or down (<see cref="Direction"/>), or under another parent (empty = top level) at a position.</summary>
public sealed class MoveForm
{
    public int Revision { get; set; }
    public string? Direction { get; set; }
    public Guid? ParentId { get; set; }
    /// <summary>1-based position among the new siblings; empty = last.</summary>
    public int? Position { get; set; }
}
