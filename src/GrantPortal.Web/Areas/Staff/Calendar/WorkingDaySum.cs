namespace GrantPortal.Web.Areas.Staff.Calendar;

/// <summary>The calculator's answer: <see cref="Days"/> working days after <see cref="From"/> is <see cref="Result"/>.</summary>
public sealed record WorkingDaySum(DateOnly From, int Days, DateOnly Result, bool Covered);
