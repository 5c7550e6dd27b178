using System.Globalization;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Awards;

/// <summary>
/// 分期拨付计划: the call's disbursement schedule applied to one award (Xinjiang 2025: 60% on approval, 30% after the
/// mid-term evaluation, 10% after acceptance; Guangxi 2023: everything once the agreement is signed). Exact to the fen:
/// every tranche but the last is its share rounded down to the fen, and the last takes the remainder, so the tranches
/// always add up to the award and none is ever negative.
/// </summary>
public static class TranchePlan
{
    /// <summary>The plan for <paramref name="award"/> yuan; a call without a schedule pays everything on approval.</summary>
    public static IReadOnlyList<PlannedTranche> For(decimal award, IReadOnlyList<TrancheRule> schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (award < 0 || decimal.Round(award, 2) != award)
        {
            throw new DomainException("award.amount_invalid", $"An award is a non-negative amount in fen, not {award.ToString(CultureInfo.InvariantCulture)}.");
        }
        if (schedule.Count == 0)
        {
            return [new PlannedTranche(1, DisbursementMilestone.OnApproval, 100m, award)];
        }
        if (schedule.Any(t => t.Percent <= 0) || schedule.Sum(t => t.Percent) != 100m)
        {
            throw new DomainException("award.schedule_invalid", "The disbursement shares must be positive and add up to 100%.");
        }
        var plan = new List<PlannedTranche>(schedule.Count);
        var planned = 0m;
        for (var i = 0; i < schedule.Count; i++)
        {
            var rule = schedule[i];
            var amount = i == schedule.Count - 1
                ? award - planned
                : decimal.Round(award * rule.Percent / 100m, 2, MidpointRounding.ToZero);
            planned += amount;
            plan.Add(new PlannedTranche(i + 1, rule.Milestone, rule.Percent, amount));
        }
        return plan;
    }
}
