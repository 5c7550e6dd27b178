namespace GrantPortal.Web.Areas.Staff.Awards;

/// <summary>登记拨付: the tranche, the award version the page showed, when the page was opened (UTC ticks), the date in Beijing and the voucher.</summary>
public sealed class PaymentForm
{
    public int Number { get; set; }
    public int Version { get; set; }
    public long? OpenedAt { get; set; }
    public DateOnly? PaidOn { get; set; }
    public string? VoucherNumber { get; set; }
}
