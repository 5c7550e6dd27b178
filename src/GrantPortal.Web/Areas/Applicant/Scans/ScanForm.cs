namespace GrantPortal.Web.Areas.Applicant.Scans;

/// <summary>The code the applicant copies from the paper copy (optional when the QR code can be read).</summary>
public sealed class ScanForm
{
    public string? Code { get; set; }
}
