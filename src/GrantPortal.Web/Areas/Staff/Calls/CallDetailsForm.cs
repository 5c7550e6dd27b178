namespace GrantPortal.Web.Areas.Staff.Calls;

/// <summary>A call's notice: year and title (draft only), document number, issuer, date and text. Also the new-call form.</summary>
public sealed class CallDetailsForm
{
    /// <summary>The call's revision when the page was loaded (unused when creating).</summary>
    public int Revision { get; set; }
    public int? Year { get; set; }
    public string Title { get; set; } = "";
    public string? DocumentNumber { get; set; }
    public string? IssuedBy { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public string? NoticeText { get; set; }
}
