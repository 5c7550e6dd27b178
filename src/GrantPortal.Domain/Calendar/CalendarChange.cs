namespace GrantPortal.Domain.Calendar;

/// <summary>
/// 日历修改记录: one change to the national working-day calendar, which every association shares: the day, what it
/// was and became (null = no entry), who changed it, from which association, and when.
/// </summary>
public sealed class CalendarChange
{
    private CalendarChange() { }

    public CalendarChange(
        DateOnly date, CalendarDayKind? kindBefore, string? nameBefore, CalendarDayKind? kindAfter, string? nameAfter,
        DateTimeOffset at, string userName, string? association)
    {
        Id = Guid.CreateVersion7();
        Date = date;
        KindBefore = kindBefore;
        NameBefore = nameBefore;
        KindAfter = kindAfter;
        NameAfter = nameAfter;
        At = at;
        UserName = userName;
        Association = association;
    }

    public Guid Id { get; private set; }
    public DateOnly Date { get; private set; }
    public CalendarDayKind? KindBefore { get; private set; }
    public string? NameBefore { get; private set; }
    public CalendarDayKind? KindAfter { get; private set; }
    public string? NameAfter { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string UserName { get; private set; } = "";
    /// <summary>The identifier of the association the person was working in.</summary>
    public string? Association { get; private set; }
}
