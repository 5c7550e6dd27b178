namespace GrantPortal.Web.Areas.Staff.Categories;

/// <summary>The amount rule the editor offers: the parent's, or one of the node's own.</summary>
public enum AmountChoice
{
    Inherit,
    Fixed,
    Range,
    Conditional,
    NotPublished,
}
