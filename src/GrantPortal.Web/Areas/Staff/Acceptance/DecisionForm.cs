namespace GrantPortal.Web.Areas.Staff.Acceptance;

/// <summary>审核验收材料: accept, send back for revision (comments per item in the posted "comment-{index}" fields), or fail.</summary>
public sealed class DecisionForm
{
    /// <summary>"accept", "revise" or "fail".</summary>
    public string? Decision { get; set; }
    public string? Comment { get; set; }
    public int Version { get; set; }
}
