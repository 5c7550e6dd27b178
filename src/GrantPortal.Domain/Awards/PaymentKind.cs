namespace GrantPortal.Domain.Awards;

/// <summary>What a line of the payment journal (拨付流水) records.</summary>
public enum PaymentKind
{
    /// <summary>拨付: a tranche paid.</summary>
    Payment,
    /// <summary>追回: money of a terminated award that came back.</summary>
    Recovery,
    /// <summary>取消: a tranche cancelled unpaid when the award was terminated.</summary>
    Cancellation,
}
