namespace GrantPortal.Web.Areas.Staff.Categories;

/// <summary>A new node: its code and name; the rest is filled in on its edit page.</summary>
public sealed class NewCategoryForm
{
    public int Revision { get; set; }
    public Guid? Parent { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
}
