namespace GrantPortal.Domain.Notifications;

/// <summary>Where an e-mail of the outbox stands.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting for (another) attempt.</summary>
    Pending,
    /// <summary>Handed to the SMTP server.</summary>
    Sent,
    /// <summary>Given up after <see cref="OutboxEmail.MaxAttempts"/> failed attempts.</summary>
    Failed,
    /// <summary>No SMTP server configured (development): written to the log instead of sent.</summary>
    Logged,
}
