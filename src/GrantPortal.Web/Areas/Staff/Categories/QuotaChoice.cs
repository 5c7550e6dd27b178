namespace GrantPortal.Web.Areas.Staff.Categories;

/// <summary>How the category editor states a quota: none, an exact number, or a range.</summary>
public enum QuotaChoice
{
    None,
    Exact,
    Range,
}
