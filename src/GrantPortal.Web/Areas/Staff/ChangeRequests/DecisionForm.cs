namespace GrantPortal.Web.Areas.Staff.ChangeRequests;

/// <summary>Staff decide a pending change request: approve or refuse, with a comment (required to refuse).</summary>
public sealed class DecisionForm
{
    /// <summary>"approve" or "refuse".</summary>
    public string? Decision { get; set; }
    public string? Comment { get; set; }
}
