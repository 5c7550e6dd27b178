namespace GrantPortal.Web.Areas.Staff.Agreements;

/// <summary>A reason staff give: for an amendment (变更), or for sending a sealed scan back.</summary>
public sealed class AgreementReasonForm
{
    public int Revision { get; set; }
    public string? Reason { get; set; }
}
