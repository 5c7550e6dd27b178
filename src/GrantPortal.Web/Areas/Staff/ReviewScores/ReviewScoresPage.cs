using GrantPortal.Infrastructure.Reviews.Scoring;

namespace GrantPortal.Web.Areas.Staff.ReviewScores;

public sealed record ReviewScoresPage(ReviewScoresData Data, DateTimeOffset Now)
{
    public int Overdue => Data.Categories.Sum(c => c.Overdue);
}
