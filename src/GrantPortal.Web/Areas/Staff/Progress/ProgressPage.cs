namespace GrantPortal.Web.Areas.Staff.Progress;

/// <summary>The staff's progress worklist of one call: reports waiting for evaluation, pending change requests, then every award.</summary>
public sealed record ProgressPage(Guid CallId, int Year, string CallTitle, IReadOnlyList<ProgressRow> Rows)
{
    public IReadOnlyList<ProgressRow> WaitingReports => Rows.Where(r => r.MidTerm == Domain.Progress.MidTermStatus.Submitted).OrderBy(r => r.SubmittedAt).ToList();

    public IReadOnlyList<ProgressRow> PendingChanges => Rows.Where(r => r.PendingChange is not null).OrderBy(r => r.PendingChange!.SubmittedAt).ToList();
}
