using GrantPortal.Domain.Calls;

namespace GrantPortal.Infrastructure.Reviews.Ranking;

/// <summary>评审进度 of one applicable category: applications in review, scores expected (live assignments) and submitted.</summary>
public sealed record CategoryProgress(GrantCategory Category, int Applications, int Expected, int Submitted)
{
    public bool Complete => Expected > 0 && Submitted >= Expected;
}
