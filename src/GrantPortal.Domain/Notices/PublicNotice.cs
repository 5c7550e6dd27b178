using GrantPortal.Domain.Calendar;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Reviews;

namespace GrantPortal.Domain.Notices;

/// <summary>
/// 立项公示: the projects the panel's confirmed decision approves, published for <see cref="WorkingDays"/> working days
/// so that anyone may object. It closes by itself (<see cref="StatusAt"/> reads the clock); staff then make the awards
/// final once every objection is resolved (<see cref="Finalise"/>). One notice per call.
/// </summary>
public sealed class PublicNotice : ITenantOwned
{
    /// <summary>公示期 when the call does not state one: 5 working days.</summary>
    public const int DefaultWorkingDays = 5;
    public const int MaxWorkingDays = 30;

    private readonly List<NoticeLine> _lines = [];

    private PublicNotice() { }

    private PublicNotice(Guid tenantId, Guid callId, Guid decisionId, string title, string text, int workingDays, DateTimeOffset now, DateTimeOffset closesAt,
        IReadOnlyList<ContactPerson> contacts, Guid? userId, string userName)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        CallId = callId;
        DecisionId = decisionId;
        Title = title;
        Text = text;
        WorkingDays = workingDays;
        PublishedAt = now;
        ClosesAt = closesAt;
        Contacts = contacts;
        PublishedBy = userId;
        PublishedByName = userName;
        Version = 1;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid CallId { get; private set; }
    /// <summary>The confirmed panel decision it lists.</summary>
    public Guid DecisionId { get; private set; }
    public string Title { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTimeOffset PublishedAt { get; private set; }
    public Guid? PublishedBy { get; private set; }
    public string PublishedByName { get; private set; } = "";
    /// <summary>公示期: working days.</summary>
    public int WorkingDays { get; private set; }
    /// <summary>The exclusive instant the period ends (see <see cref="ClosingTime"/>).</summary>
    public DateTimeOffset ClosesAt { get; private set; }
    /// <summary>Who takes objections: the call's contacts at publication.</summary>
    public IReadOnlyList<ContactPerson> Contacts { get; private set; } = [];
    public DateTimeOffset? FinalisedAt { get; private set; }
    public Guid? FinalisedBy { get; private set; }
    public string? FinalisedByName { get; private set; }
    /// <summary>Concurrency token: up by one with every change.</summary>
    public int Version { get; private set; }
    public IReadOnlyList<NoticeLine> Lines => _lines;

    /// <summary>The lines that are still to become awards.</summary>
    public IEnumerable<NoticeLine> Remaining => _lines.Where(l => !l.Withdrawn);

    /// <summary>The first Beijing day of the period: the first working day after the day of publication.</summary>
    public DateOnly FirstDay(WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(BeijingTime.Today(PublishedAt), 1);
    }

    /// <summary>
    /// When a notice published at <paramref name="publishedAt"/> for <paramref name="workingDays"/> working days closes.
    /// Rule: the day of publication does not count; the period is the next <paramref name="workingDays"/> working days
    /// of the calendar (holidays off, adjusted working weekends on) and ends at the end of the last of them, i.e. the
    /// exclusive instant is Beijing midnight starting the following day. Example: published Fri 2026-09-25 (中秋节)
    /// for 5 working days → Mon 09-28, 09-29, 09-30, (国庆节 10-01…10-07 off) Thu 10-08, Fri 10-09 → closes at
    /// 2026-10-10 00:00 Beijing time (2026-10-09 24:00).
    /// </summary>
    public static DateTimeOffset ClosingTime(DateTimeOffset publishedAt, int workingDays, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        var lastDay = calendar.AddWorkingDays(BeijingTime.Today(publishedAt), workingDays);
        return BeijingTime.StartOf(lastDay.AddDays(1));
    }

    /// <summary>公示期 of a call: its review settings, else <see cref="DefaultWorkingDays"/>.</summary>
    public static int DefaultWorkingDaysOf(GrantCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.Review.PublicNoticeWorkingDays is { } days and >= 1 and <= MaxWorkingDays ? days : DefaultWorkingDays;
    }

    /// <summary>"关于{call title}拟立项项目的公示".</summary>
    public static string DefaultTitle(GrantCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return $"关于{call.Title}拟立项项目的公示";
    }

    /// <summary>
    /// 发布公示: refused when the decision is not confirmed or belongs to another call, nothing is approved, the title
    /// is empty, or the number of working days is out of range (1–30).
    /// </summary>
    public static PublicNotice Publish(
        GrantCall call, PanelDecision decision, IReadOnlyList<NoticeLineDraft> lines, string title, string? text, int workingDays,
        WorkingDayCalendar calendar, Guid? userId, string userName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(lines);
        if (decision.CallId != call.Id)
        {
            throw new DomainException("notice.decision_other_call", "The decision belongs to another call.");
        }
        if (!decision.IsConfirmed)
        {
            throw new DomainException("notice.decision_not_confirmed", "The panel's decision is not confirmed.");
        }
        if (lines.Count == 0)
        {
            throw new DomainException("notice.no_lines", "The decision approves no project.");
        }
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException("notice.title_required", "A title is required.");
        }
        if (workingDays is < 1 or > MaxWorkingDays)
        {
            throw new DomainException("notice.days_invalid", "The period is 1 to 30 working days.");
        }
        var notice = new PublicNotice(
            call.TenantId, call.Id, decision.Id, title.Trim(), text?.Trim() ?? "", workingDays, now, ClosingTime(now, workingDays, calendar),
            call.Contacts.ToList(), userId, userName);
        var order = 0;
        foreach (var line in lines)
        {
            notice._lines.Add(new NoticeLine(notice, line, ++order));
        }
        return notice;
    }

    /// <summary>Open until <see cref="ClosesAt"/>, then closed; finalised once the awards are made.</summary>
    public NoticeStatus StatusAt(DateTimeOffset now) =>
        FinalisedAt is not null ? NoticeStatus.Finalised : now < ClosesAt ? NoticeStatus.Open : NoticeStatus.Closed;

    public bool IsOpenAt(DateTimeOffset now) => StatusAt(now) == NoticeStatus.Open;

    /// <summary>What still stops the awards from becoming final (codes: notice.finalised, notice.open, notice.objections_pending).</summary>
    public IReadOnlyList<DomainException> FinaliseBlockers(IEnumerable<Objection> objections, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(objections);
        var blockers = new List<DomainException>();
        switch (StatusAt(now))
        {
            case NoticeStatus.Finalised:
                blockers.Add(new DomainException("notice.finalised", "The notice was already finalised."));
                return blockers;
            case NoticeStatus.Open:
                blockers.Add(new DomainException("notice.open", "The notice is still open.", ClosesAt));
                break;
        }
        var pending = objections.Count(o => o.NoticeId == Id && o.Status == ObjectionStatus.Pending);
        if (pending > 0)
        {
            blockers.Add(new DomainException("notice.objections_pending", "Objections are still pending.", pending));
        }
        if (!Remaining.Any())
        {
            blockers.Add(new DomainException("notice.nothing_left", "Every project was withdrawn."));
        }
        return blockers;
    }

    /// <summary>
    /// 立项: marks the notice finalised and returns the lines to become awards. Refused (the first blocker) while it is
    /// open, an objection is pending, or when finalised already.
    /// </summary>
    public IReadOnlyList<NoticeLine> Finalise(IEnumerable<Objection> objections, Guid? userId, string userName, DateTimeOffset now)
    {
        var blockers = FinaliseBlockers(objections, now);
        if (blockers.Count > 0)
        {
            throw blockers[0];
        }
        FinalisedAt = now;
        FinalisedBy = userId;
        FinalisedByName = userName;
        Version++;
        return Remaining.ToList();
    }

    /// <summary>
    /// 撤销: takes a project off the list because <paramref name="objection"/> about it was upheld. Refused once
    /// finalised, for an objection that is not upheld or concerns another notice, or without a reason.
    /// </summary>
    public NoticeLine Withdraw(Guid lineId, Objection objection, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(objection);
        if (FinalisedAt is not null)
        {
            throw new DomainException("notice.finalised", "The notice was already finalised.");
        }
        if (objection.NoticeId != Id || objection.Status != ObjectionStatus.Upheld)
        {
            throw new DomainException("notice.withdraw_needs_upheld", "Only an upheld objection withdraws a project.");
        }
        var line = _lines.SingleOrDefault(l => l.Id == lineId)
            ?? throw new DomainException("notice.unknown_line", "The project is not on this notice.");
        if (line.Withdrawn)
        {
            throw new DomainException("notice.line_withdrawn", "The project was already withdrawn.");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("notice.reason_required", "A reason is required.");
        }
        line.Withdraw(reason.Trim(), objection.Id, now);
        Version++;
        return line;
    }
}
