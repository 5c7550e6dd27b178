namespace GrantPortal.Infrastructure.Awards;

/// <summary>How a payment, recovery or termination went.</summary>
public enum PaymentStatus
{
    Done,
    /// <summary>No such award in this association.</summary>
    NotFound,
    /// <summary>The award refused it (not due, cancelled, date in the future …): see the error.</summary>
    Refused,
    /// <summary>Someone changed the award since the page was opened: see what they did.</summary>
    Stale,
    /// <summary>The voucher number was already booked in this association.</summary>
    DuplicateVoucher,
}
