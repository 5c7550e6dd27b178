// Ranking and allocation of 10,000 applications across 40 categories (8 parents with caps, 5 capped categories with
// quotas and amount ranges under each), three reviewers per application from a pool of 200: the time CallRanking.Build
// takes, as given and normalised. Pure domain code, no database. See bench/README.md.
using System.Diagnostics;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Reviews;
using GrantPortal.Domain.Reviews.Ranking;

namespace GrantPortal.Bench;

internal static class RankingBench
{
    private const int Parents = 8;
    private const int ChildrenPerParent = 5;
    private const int Applications = 10_000;
    private const int ReviewersPerApplication = 3;
    private const int ExpertPool = 200;
    private const int Iterations = 10;
    private static readonly TimeSpan Goal = TimeSpan.FromSeconds(1);

    public static int Run()
    {
        var now = DateTimeOffset.UtcNow;
        var random = new Random(20251122);
        var call = new GrantCall(Guid.NewGuid(), 2025, "排序基准", now);
        var leaves = new List<GrantCategory>();
        for (var p = 1; p <= Parents; p++)
        {
            var parent = call.AddCategory(null, $"{p}", $"大类{p}");
            parent.SetFunding(4_000_000m, Quota.None, null, false);
            for (var c = 1; c <= ChildrenPerParent; c++)
            {
                var child = call.AddCategory(parent, $"{p}-{c}", $"类别{p}-{c}");
                child.SetFunding(1_000_000m, Quota.Range(10, 40), AmountRule.Range(10_000m, 80_000m), false);
                leaves.Add(child);
            }
        }
        var experts = Enumerable.Range(0, ExpertPool).Select(_ => Guid.NewGuid()).ToArray();
        var harshness = experts.ToDictionary(e => e, _ => random.Next(-12, 13));
        var candidates = new List<RankingCandidate>(Applications);
        var scores = new List<RankingScore>(Applications * ReviewersPerApplication);
        for (var i = 0; i < Applications; i++)
        {
            var leaf = leaves[i % leaves.Count];
            var candidate = new RankingCandidate(
                Guid.NewGuid(), leaf.Id, $"BM-{i:00000}", $"项目{i}", $"单位{i}", random.Next(10, 100) * 1000m, now.AddSeconds(-i), []);
            candidates.Add(candidate);
            var quality = random.Next(50, 95);
            foreach (var expert in experts.OrderBy(_ => random.Next()).Take(ReviewersPerApplication))
            {
                var total = Math.Clamp(quality + harshness[expert] + random.Next(-5, 6), 0, 100);
                var recommendation = total >= 75 ? ReviewRecommendation.Support : total >= 60 ? ReviewRecommendation.SupportWithChanges : ReviewRecommendation.DoNotSupport;
                scores.Add(new RankingScore(candidate.ApplicationId, expert, ExpertType.Technical, total, recommendation, random.Next(1, 9) * 10_000m));
            }
        }
        Console.WriteLine($"GrantPortal ranking bench: {Applications:N0} applications, {leaves.Count} categories under {Parents} capped parents, {scores.Count:N0} scores from {ExpertPool} reviewers; .NET {Environment.Version}, {Environment.ProcessorCount} cores");

        var failed = false;
        foreach (var normalise in new[] { false, true })
        {
            var options = RankingOptions.Default with { Normalise = normalise };
            CallRanking.Build(call, candidates, scores, options); // warm-up (JIT)
            var times = new List<double>();
            CallRanking ranking = null!;
            for (var i = 0; i < Iterations; i++)
            {
                var watch = Stopwatch.StartNew();
                ranking = CallRanking.Build(call, candidates, scores, options);
                watch.Stop();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            var breaches = DecisionLimits.From(ranking).Breaches(
                ranking.Lines.Where(l => l.Outcome == FundingOutcome.Funded).Select(l => (l.Candidate.ApplicationId, l.ProposedAmount!.Value)));
            var median = times[times.Count / 2];
            Console.WriteLine(
                $"{(normalise ? "normalised" : "as given  ")}: median {median:0.0} ms, min {times[0]:0.0} ms, max {times[^1]:0.0} ms over {Iterations} runs; " +
                $"funded {ranking.FundedCount:N0} for {ranking.FundedSum:N2} yuan, reserves {ranking.Lines.Count(l => l.Outcome == FundingOutcome.Reserve)}, " +
                $"disagreements {ranking.Lines.Count(l => l.Scores.Disagreement)}, limits broken {breaches.Count}");
            failed |= breaches.Count > 0 || median > Goal.TotalMilliseconds;
        }
        Console.WriteLine(failed ? "FAIL: over the 1 s goal or a limit broken" : "OK: under the 1 s goal, every quota and cap kept");
        return failed ? 1 : 0;
    }
}
