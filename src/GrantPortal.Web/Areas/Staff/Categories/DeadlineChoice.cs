namespace GrantPortal.Web.Areas.Staff.Categories;

/// <summary>How a deadline is stated: not at all (inherit), a date, N working days or N months after an event.</summary>
public enum DeadlineChoice
{
    None,
    Date,
    WorkingDays,
    Months,
}
