namespace GrantPortal.Web.Areas.Staff.Calls;

/// <summary>时间安排: opening, submission deadline (a whole Beijing day or a minute), completion and acceptance deadlines, project period.</summary>
public sealed class ScheduleForm
{
    public int Revision { get; set; }
    /// <summary>Beijing wall clock (datetime-local).</summary>
    public DateTime? OpensAt { get; set; }
    public SubmissionDeadlineInput Deadline { get; set; } = new();
    public DeadlineRuleInput Completion { get; set; } = new();
    public DeadlineRuleInput Acceptance { get; set; } = new();
    public int? ProjectPeriodMonths { get; set; }
}
