using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Progress;

namespace GrantPortal.Web.Areas.Staff.Progress;

/// <summary>
/// The mid-term page of one award (the applicant's and the staff's): the report if started, its attachments, what the form
/// shows (typed values are kept on a refused save) and the refusal if any.
/// </summary>
public sealed record MidTermPage(Award Award, MidTermReport? Report, IReadOnlyList<AttachmentLink> Files, string Progress, string Spending, int Revision, string? Error)
{
    public int ProgressLength => ProgressText.Length(Progress);
}
