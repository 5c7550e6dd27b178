namespace GrantPortal.Web.Areas.Staff.PublicNotices;

/// <summary>发布公示: title, text and the period in working days.</summary>
public sealed class PublishForm
{
    public string? Title { get; set; }
    public string? Text { get; set; }
    public int? WorkingDays { get; set; }
}
