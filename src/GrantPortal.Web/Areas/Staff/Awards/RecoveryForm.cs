namespace GrantPortal.Web.Areas.Staff.Awards;

/// <summary>登记追回: money of a terminated award that came back.</summary>
public sealed class RecoveryForm
{
    public int Version { get; set; }
    public long? OpenedAt { get; set; }
    public decimal? Amount { get; set; }
    public DateOnly? ReceivedOn { get; set; }
    public string? VoucherNumber { get; set; }
}
