namespace GrantPortal.Web.Areas.Staff.PublicNotices;

/// <summary>处理异议: upheld or dismissed, the handling, the outcome, and whether to withdraw the project concerned.</summary>
public sealed class HandleForm
{
    /// <summary>"upheld" (异议成立) or "dismissed" (异议不成立).</summary>
    public string? Decision { get; set; }
    public string? Handling { get; set; }
    public string? Outcome { get; set; }
    public bool Withdraw { get; set; }
}
