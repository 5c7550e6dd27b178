namespace GrantPortal.Web.Areas.Staff.MidTerm;

/// <summary>Staff evaluate a submitted mid-term report: pass, return for revision or fail, with a comment.</summary>
public sealed class EvaluationForm
{
    /// <summary>"pass", "return" or "fail".</summary>
    public string? Outcome { get; set; }
    public string? Comment { get; set; }
    public int Revision { get; set; }
}
