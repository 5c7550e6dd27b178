using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calendar;
using GrantPortal.Domain.Calls;

namespace GrantPortal.Domain.Acceptance;

/// <summary>
/// 验收截止: the last day to hand in the materials, from the category's (or call's) acceptance deadline — a fixed date,
/// or N working days (Guangxi 2023-3: 10 after the activity) or N months after an event. The activity's or project's
/// end is entered by the applicant; approval and the signed agreement come from the award.
/// </summary>
public static class AcceptanceDue
{
    /// <summary>Whether the rule counts from a date only the applicant knows (活动结束 / 项目期满).</summary>
    public static bool NeedsEndDate(DeadlineRule? rule) =>
        rule is { Date: null, Event: DeadlineEvent.ActivityEnd or DeadlineEvent.ProjectEnd };

    /// <summary>The last day (inclusive), or null when no rule is set or the date it counts from is not known yet.</summary>
    public static DateOnly? DueOn(DeadlineRule? rule, Award award, DateOnly? endDate, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(award);
        ArgumentNullException.ThrowIfNull(calendar);
        if (rule is null)
        {
            return null;
        }
        DateOnly? from = rule.Event switch
        {
            DeadlineEvent.Approval => Common.BeijingTime.Today(award.AwardedAt),
            DeadlineEvent.AgreementSigned => award.AgreementSignedAt is { } signed ? Common.BeijingTime.Today(signed) : null,
            _ => endDate,
        };
        return rule.Resolve(from, calendar);
    }

    /// <summary>逾期天数: calendar days after the due date (0 when on time or no due date).</summary>
    public static int DaysLate(DateOnly? dueOn, DateOnly today) =>
        dueOn is { } due && today > due ? today.DayNumber - due.DayNumber : 0;
}
