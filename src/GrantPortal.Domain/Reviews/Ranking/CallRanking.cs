using GrantPortal.Domain.Calls;

namespace GrantPortal.Domain.Reviews.Ranking;

/// <summary>
/// 评审排序与资助建议 of one call: every application ranked in its group (<see cref="CandidatePlacement"/>, order by
/// <see cref="RankingOrder"/>), then one allocation over the whole call.
/// <para>
/// The allocation walks the groups in rounds, in the tree's order: first every group's 1st, then every group's 2nd, and
/// so on, so that a cap shared by several groups (Hunan 2022 3: 310万 for 3-1 … 3-4) is not used up by whichever group
/// comes first in the tree. Each application is funded at its proposed amount when the quota of every node it counts
/// against and the cap of every node it is charged to still have room; otherwise it is passed over (with the node that
/// stopped it) and the walk goes on to the next. An application without scores, without an amount, or below the
/// minimum score is never funded. The first <see cref="RankingOptions.ReserveSize"/> passed-over applications of each
/// group, in rank order, are its reserve list (候补). A quota's minimum is not forced: the totals show where fewer were
/// funded than it asks.
/// </para>
/// </summary>
public sealed record CallRanking(
    GrantCall Call,
    RankingOptions Options,
    IReadOnlyList<RankingGroup> Groups,
    IReadOnlyList<LevelTotal> Totals,
    NormalisedScores Normalisation)
{
    public IEnumerable<RankedLine> Lines => Groups.SelectMany(g => g.Lines);

    public int FundedCount => Groups.Sum(g => g.FundedCount);

    public decimal FundedSum => Groups.Sum(g => g.FundedSum);

    public static CallRanking Build(GrantCall call, IReadOnlyList<RankingCandidate> candidates, IReadOnlyList<RankingScore> scores, RankingOptions options)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(options);
        var categories = call.AllCategories.ToList();
        var byId = categories.ToDictionary(c => c.Id);
        var position = categories.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var candidateIds = candidates.Select(c => c.ApplicationId).ToHashSet();
        var relevant = scores.Where(s => candidateIds.Contains(s.ApplicationId)).ToList();
        var normalisation = ScoreNormaliser.Normalise(relevant);
        var scoresByApplication = relevant.ToLookup(s => s.ApplicationId);

        var placed = new List<(RankingCandidate Candidate, ScoreSummary Scores, CandidatePlacement Placement)>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (!byId.TryGetValue(candidate.CategoryId, out var applicable))
            {
                continue;
            }
            var totals = scoresByApplication[candidate.ApplicationId]
                .OrderBy(s => s.ExpertType).ThenBy(s => s.ExpertId)
                .Select(s => new ReviewerTotal(s.ExpertId, s.ExpertType, s.Total, normalisation.Of(s.ApplicationId, s.ExpertId), s.Recommendation, s.SuggestedAmount))
                .ToList();
            placed.Add((candidate, ScoreSummary.Of(totals, options.DisagreementThreshold), CandidatePlacement.For(applicable, candidate.SubtypeCodes)));
        }

        var order = new RankingOrder(options.Normalise);
        var groups = placed
            .GroupBy(p => p.Placement.RankingNode)
            .OrderBy(g => position[g.Key.Id])
            .Select(g => (Node: g.Key, Items: g.OrderBy(p => (p.Candidate, p.Scores), order).ToList()))
            .ToList();

        // The walk: round r takes the r-th of every group, groups in tree order.
        var ledger = new FundingLedger();
        var outcomes = new Dictionary<Guid, (decimal? Amount, bool Funded, FundingBlock? Block)>(placed.Count);
        var rounds = groups.Count == 0 ? 0 : groups.Max(g => g.Items.Count);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (_, items) in groups)
            {
                if (round >= items.Count)
                {
                    continue;
                }
                var (candidate, summary, placement) = items[round];
                var amount = placement.Propose(summary.MeanSuggestedAmount, candidate.RequestedAmount);
                var score = summary.RankingScore(options.Normalise);
                FundingBlock? block = !summary.HasScores ? new FundingBlock(placement.RankingNode, FundingBlockKind.NoScores, 0, 0)
                    : options.MinimumScore is { } minimum && score < minimum ? new FundingBlock(placement.RankingNode, FundingBlockKind.BelowMinimum, score!.Value, minimum)
                    : amount is not > 0 ? new FundingBlock(placement.RankingNode, FundingBlockKind.NoAmount, 0, 0)
                    : ledger.Blocker(placement, amount.Value);
                if (block is null)
                {
                    ledger.Add(placement, amount!.Value);
                }
                outcomes[candidate.ApplicationId] = (amount, block is null, block);
            }
        }

        var rankingGroups = new List<RankingGroup>(groups.Count);
        foreach (var (node, items) in groups)
        {
            var lines = new List<RankedLine>(items.Count);
            var reserves = 0;
            for (var i = 0; i < items.Count; i++)
            {
                var (candidate, summary, placement) = items[i];
                var (amount, funded, block) = outcomes[candidate.ApplicationId];
                var reserve = !funded && block?.Kind is FundingBlockKind.QuotaFull or FundingBlockKind.CapExceeded && reserves < options.ReserveSize;
                lines.Add(new RankedLine(
                    summary.HasScores ? i + 1 : null,
                    candidate,
                    placement,
                    summary,
                    summary.RankingScore(options.Normalise),
                    amount,
                    funded ? FundingOutcome.Funded : reserve ? FundingOutcome.Reserve : FundingOutcome.NotFunded,
                    reserve ? ++reserves : null,
                    block));
            }
            rankingGroups.Add(new RankingGroup(node, lines));
        }
        return new CallRanking(call, options, rankingGroups, ledger.Totals(call), normalisation);
    }
}
