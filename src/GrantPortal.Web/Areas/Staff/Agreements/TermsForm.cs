namespace GrantPortal.Web.Areas.Staff.Agreements;

/// <summary>What staff may change in a draft agreement: the special terms, the project period, indicators and schedule (one per line).</summary>
public sealed class TermsForm
{
    public int Revision { get; set; }
    public string? SpecialTerms { get; set; }
    public string? PeriodStart { get; set; }
    public string? PeriodEnd { get; set; }
    /// <summary>"指标｜目标值" per line.</summary>
    public string? Indicators { get; set; }
    /// <summary>"时间｜工作内容" per line.</summary>
    public string? Schedule { get; set; }
}
