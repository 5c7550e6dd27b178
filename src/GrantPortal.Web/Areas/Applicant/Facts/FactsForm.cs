namespace GrantPortal.Web.Areas.Applicant.Facts;

/// <summary>单位情况 as the applicant declares it: what the eligibility conditions test.</summary>
public sealed class FactsForm
{
    public List<int> AnnualReportYears { get; set; } = [];
    public string? RatingGrade { get; set; }
    public int? RatingYear { get; set; }
    public bool FirstClassSocietyCandidate { get; set; }
    public bool SoundFinancialSystem { get; set; }
    public bool PilotCity { get; set; }
    public string? Other { get; set; }
}
