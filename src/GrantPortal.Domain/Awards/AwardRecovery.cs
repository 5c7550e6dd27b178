using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Awards;

/// <summary>追回: money paid on a terminated award that came back, with the date and the voucher.</summary>
public sealed class AwardRecovery : ITenantOwned
{
    private AwardRecovery() { }

    internal AwardRecovery(Award award, decimal amount, DateOnly receivedOn, string voucherNumber, Guid? userId, string userName, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        TenantId = award.TenantId;
        AwardId = award.Id;
        Amount = amount;
        ReceivedOn = receivedOn;
        VoucherNumber = voucherNumber;
        RecordedBy = userId;
        RecordedByName = userName;
        RecordedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid AwardId { get; private set; }
    public decimal Amount { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public string VoucherNumber { get; private set; } = "";
    public Guid? RecordedBy { get; private set; }
    public string RecordedByName { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
}
