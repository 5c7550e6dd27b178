using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Rules;

/// <summary>
/// The call-level rules as staff edit them: application limit, submission requirements, disbursement, review, spending,
/// debarments and notes. Lists typed one item per line. Eligibility and contacts have their own pages.
/// </summary>
public sealed class RulesForm
{
    /// <summary>The call's revision the editor started from.</summary>
    public int Revision { get; set; }
    public int? ApplicationLimit { get; set; }
    public int? PaperCopies { get; set; }
    public bool RequiresSealedScan { get; set; }
    public string? Materials { get; set; }
    public string? SubmissionAddress { get; set; }
    public List<TrancheRow> Tranches { get; set; } = [];
    public List<ReviewStage> Stages { get; set; } = [];
    public List<ExpertRole> ExpertRoles { get; set; } = [];
    public int? PublicNoticeWorkingDays { get; set; }
    public decimal? MaxTravelPercent { get; set; }
    public List<ProhibitedSpending> Prohibited { get; set; } = [];
    public string? SpendingNotes { get; set; }
    public List<DebarmentRow> Debarments { get; set; } = [];
    public string? Notes { get; set; }

    /// <summary>The form filled with the call's current rules.</summary>
    public static RulesForm Of(GrantCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new RulesForm
        {
            Revision = call.Revision,
            ApplicationLimit = call.ApplicationLimitPerOrganization,
            PaperCopies = call.Submission.PaperCopies,
            RequiresSealedScan = call.Submission.RequiresSealedScan,
            Materials = Lines.Join(call.Submission.Materials),
            SubmissionAddress = call.Submission.Address,
            Tranches = call.Disbursement.Select(t => new TrancheRow { Percent = t.Percent, Milestone = t.Milestone }).ToList(),
            Stages = call.Review.Stages.ToList(),
            ExpertRoles = call.Review.ExpertRoles.ToList(),
            PublicNoticeWorkingDays = call.Review.PublicNoticeWorkingDays,
            MaxTravelPercent = call.SpendingRules.MaxTravelPercent,
            Prohibited = call.SpendingRules.Prohibited.ToList(),
            SpendingNotes = Lines.Join(call.SpendingRules.Notes),
            Debarments = call.Debarments.Select(d => new DebarmentRow { Reason = d.Reason, Years = d.Years, Note = d.Note }).ToList(),
            Notes = Lines.Join(call.Notes),
        };
    }

    /// <summary>Sets the call's rules from the form; the call's eligibility and contacts stay as they are.</summary>
    public void ApplyTo(GrantCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var submission = new SubmissionRequirements
        {
            PaperCopies = PaperCopies,
            RequiresSealedScan = RequiresSealedScan,
            Materials = Lines.Split(Materials),
            Address = Lines.Trimmed(SubmissionAddress),
        };
        var review = new ReviewSettings
        {
            Stages = Stages.Distinct().Order().ToList(),
            ExpertRoles = ExpertRoles.Distinct().Order().ToList(),
            PublicNoticeWorkingDays = PublicNoticeWorkingDays,
        };
        var spending = new SpendingRules
        {
            MaxTravelPercent = MaxTravelPercent,
            Prohibited = Prohibited.Distinct().Order().ToList(),
            Notes = Lines.Split(SpendingNotes),
        };
        call.SetRules(
            ApplicationLimit,
            submission,
            Tranches.Where(t => t.Kept).Select(t => new TrancheRule(t.Percent!.Value, t.Milestone!.Value)).ToList(),
            review,
            call.Eligibility,
            spending,
            Debarments.Where(d => d.Kept).Select(d => new DebarmentRule(d.Reason!.Value, d.Years!.Value, Lines.Trimmed(d.Note))).ToList(),
            call.Contacts,
            Lines.Split(Notes));
    }
}
