namespace GrantPortal.Web.Areas.Staff.Calls;

/// <summary>提前截止 / 重新开放: the revision the page was loaded at, the recorded reason and (reopen only) a new deadline.</summary>
public sealed class ReasonForm
{
    public int Revision { get; set; }
    public string Reason { get; set; } = "";
    public SubmissionDeadlineInput Deadline { get; set; } = new();
}
