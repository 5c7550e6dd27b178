using System.Globalization;
using GrantPortal.Domain.Calendar;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Notices;
using GrantPortal.Domain.Reviews;
using GrantPortal.Domain.Reviews.Ranking;
using static GrantPortal.Domain.Tests.Reviews.Ranking.RankingFixtures;

namespace GrantPortal.Domain.Tests.Notices;

/// <summary>
/// The seeded 2026 schedule (src/GrantPortal.Infrastructure/Seeding/Data/calendar/china-working-days.json): 春节
/// 02-15…02-23 off, Sat 02-14 and Sat 02-28 worked; 中秋节 09-25…09-27 and 国庆节 10-01…10-07 off, Sun 09-20 and
/// Sat 10-10 worked. And a call with a confirmed panel decision approving two of three projects.
/// </summary>
internal static class NoticeFixtures
{
    public static readonly WorkingDayCalendar Calendar2026 = new(
        Holiday("春节", "2026-02-15", "2026-02-23")
            .Concat(Adjusted("春节", "2026-02-14", "2026-02-28"))
            .Concat(Holiday("中秋节", "2026-09-25", "2026-09-27"))
            .Concat(Holiday("国庆节", "2026-10-01", "2026-10-07"))
            .Concat(Adjusted("国庆节", "2026-09-20", "2026-10-10")));

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Beijing wall-clock time.</summary>
    public static DateTimeOffset Beijing(string iso, int hour = 10) => BeijingTime.At(D(iso), new TimeOnly(hour, 0));

    public static (GrantCall Call, PanelDecision Decision, List<NoticeLineDraft> Lines) ConfirmedDecision(bool confirm = true)
    {
        var call = NewCall();
        var node = call.AddCategory(null, "1", "学术交流");
        node.SetFunding(80000m, Quota.Range(1, 2), AmountRule.Range(20000m, 50000m), false);
        var all = new List<RankingCandidate> { Candidate(node, "N-1", 40000m), Candidate(node, "N-2", 30000m), Candidate(node, "N-3", 20000m) };
        var ranking = CallRanking.Build(call, all, Scores(all, 90m, 80m, 70m), RankingOptions.Default);
        var (decision, _) = PanelDecision.Start(call.TenantId, ranking, null, "staff@example.com", Now);
        if (confirm)
        {
            decision.Confirm(1, DecisionLimits.From(ranking), null, "staff@example.com", Now);
        }
        var lines = decision.Approved
            .Select((a, i) => new NoticeLineDraft(a.ApplicationId, Guid.NewGuid(), $"XJ-{i + 1}", $"项目{i + 1}", $"单位{i + 1}", node.Id, node.Name, a.Amount))
            .ToList();
        return (call, decision, lines);
    }

    public static PublicNotice Published(DateTimeOffset at, int days = 5)
    {
        var (call, decision, lines) = ConfirmedDecision();
        return PublicNotice.Publish(call, decision, lines, PublicNotice.DefaultTitle(call), "正文", days, Calendar2026, null, "staff", at);
    }

    private static IEnumerable<CalendarDay> Holiday(string name, string first, string last)
    {
        for (var day = D(first); day <= D(last); day = day.AddDays(1))
        {
            yield return new CalendarDay(day, CalendarDayKind.Holiday, name);
        }
    }

    private static IEnumerable<CalendarDay> Adjusted(string name, params string[] dates) =>
        dates.Select(d => new CalendarDay(D(d), CalendarDayKind.AdjustedWorkingDay, name));
}
