namespace GrantPortal.Domain.Reviews.Ranking;

/// <summary>
/// 排序规则 within one ranking group, deterministic (the same data always give the same order):
/// <list type="number">
/// <item>applications with scores before those still without;</item>
/// <item>higher ranking score (the mean of the reviewers' totals, or of their normalised totals when normalising,
/// rounded to two decimals);</item>
/// <item>when normalising, higher mean as given;</item>
/// <item>more 建议资助 recommendations;</item>
/// <item>lower requested amount (a request without an amount last);</item>
/// <item>earlier submission;</item>
/// <item>application number (ordinal), and last the application's id.</item>
/// </list>
/// </summary>
public sealed class RankingOrder(bool normalised) : IComparer<(RankingCandidate Candidate, ScoreSummary Scores)>
{
    public int Compare((RankingCandidate Candidate, ScoreSummary Scores) x, (RankingCandidate Candidate, ScoreSummary Scores) y)
    {
        var (a, sa) = x;
        var (b, sb) = y;
        var result = sb.HasScores.CompareTo(sa.HasScores);
        if (result == 0) { result = Nullable.Compare(sb.RankingScore(normalised), sa.RankingScore(normalised)); }
        if (result == 0) { result = Nullable.Compare(sb.Mean, sa.Mean); }
        if (result == 0) { result = sb.SupportCount.CompareTo(sa.SupportCount); }
        if (result == 0) { result = NullsLast(a.RequestedAmount, b.RequestedAmount); }
        if (result == 0) { result = NullsLast(a.SubmittedAt, b.SubmittedAt); }
        if (result == 0) { result = string.CompareOrdinal(a.Number, b.Number); }
        if (result == 0) { result = a.ApplicationId.CompareTo(b.ApplicationId); }
        return result;
    }

    private static int NullsLast<T>(T? a, T? b)
        where T : struct, IComparable<T> =>
        (a, b) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => a.Value.CompareTo(b.Value),
        };
}
