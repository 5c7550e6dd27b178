namespace GrantPortal.Web.Areas.Applicant.MidTerm;

/// <summary>The applicant's mid-term report form: the two texts, the revision the page showed, and whether to submit.</summary>
public sealed class MidTermForm
{
    public string? Progress { get; set; }
    public string? Spending { get; set; }
    public int Revision { get; set; }
    /// <summary>"save" (保存草稿) or "submit" (提交).</summary>
    public string? Intent { get; set; }
}
