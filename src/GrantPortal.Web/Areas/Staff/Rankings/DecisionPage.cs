using GrantPortal.Domain.Reviews;
using GrantPortal.Domain.Reviews.Ranking;
using GrantPortal.Infrastructure.Reviews.Ranking;

namespace GrantPortal.Web.Areas.Staff.Rankings;

/// <summary>
/// The panel's decision page: every line (grouped as ranked), the totals per level against quotas and caps, the change
/// log, and, when a line is being changed, its form with any refusal or the changes another person made meanwhile.
/// </summary>
public sealed record DecisionPage(
    RankingSnapshot Snapshot,
    PanelDecision? Decision,
    IReadOnlyList<LevelTotal> Totals,
    IReadOnlyList<DecisionChange> History,
    DecisionChangeForm? Form = null,
    string? Error = null,
    IReadOnlyList<DecisionChange>? Missed = null)
{
    public RankedLine? LineOf(Guid applicationId) => Snapshot.Ranking.Lines.FirstOrDefault(l => l.Candidate.ApplicationId == applicationId);

    public string NumberOf(Guid? applicationId) =>
        applicationId is { } id && LineOf(id) is { } line ? line.Candidate.Number : "";
}
