using GrantPortal.Domain.Calls;

namespace GrantPortal.Infrastructure.Awards;

/// <summary>
/// One category of the call dashboard (with its sub-categories), or the whole call when <see cref="Category"/> is null:
/// applications against the quota, money against the cap, review progress and where the awards stand.
/// </summary>
public sealed record DashboardRow(
    GrantCategory? Category, int Depth, Quota Quota, decimal? Cap,
    int Submitted, int InFormalCheck, int Rejected, int InReview, int Approved, int NotApproved,
    decimal Requested, decimal Awarded, decimal Paid,
    int ReviewsDone, int ReviewsTotal,
    int Active, int Completed, int Terminated, int AgreementsSigned, int MidTermsPassed, int Accepted)
{
    public int Awards => Active + Completed + Terminated;
}
