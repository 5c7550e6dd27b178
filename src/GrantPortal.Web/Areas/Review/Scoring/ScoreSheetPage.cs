using GrantPortal.Infrastructure.Reviews.Scoring;

namespace GrantPortal.Web.Areas.Review.Scoring;

public sealed record ScoreSheetPage(ScoreSheetContext Context, ScoreSheetForm Form, DateTimeOffset Now)
{
    public bool Closed => Context.IsClosed(Now);
    public bool Overdue => Context.IsOverdue(Now);
}
