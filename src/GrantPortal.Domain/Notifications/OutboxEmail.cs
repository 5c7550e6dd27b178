using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Notifications;

/// <summary>
/// 待发邮件: a plain-text e-mail saved with the business change that caused it (same transaction), and sent
/// afterwards by the outbox sender, so an e-mail goes out exactly for changes that happened. Failed attempts
/// are retried with a growing delay, up to <see cref="MaxAttempts"/>.
/// </summary>
public sealed class OutboxEmail
{
    public const int MaxAttempts = 5;
    public const int AddressMaxLength = 256;
    public const int SubjectMaxLength = 300;
    public const int ErrorMaxLength = 2000;

    private OutboxEmail() { }

    /// <summary>A pending e-mail for the association <paramref name="associationId"/> (null: the portal's own e-mails), due at once.</summary>
    public OutboxEmail(Guid? associationId, string to, string subject, string body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(body);
        to = to.Trim();
        if (to.Length is 0 or > AddressMaxLength || !to.Contains('@', StringComparison.Ordinal) || to.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new DomainException("outbox.address_invalid", $"Not an e-mail address: {to}");
        }
        // A subject is one header line: no line breaks, whatever the caller passed.
        subject = string.Join(' ', subject.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Id = Guid.CreateVersion7();
        AssociationId = associationId;
        To = to;
        Subject = subject.Length <= SubjectMaxLength ? subject : subject[..SubjectMaxLength];
        Body = body;
        CreatedAt = now;
        Status = OutboxStatus.Pending;
        NextAttemptAt = now;
    }

    public Guid Id { get; private set; }
    public Guid? AssociationId { get; private set; }
    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public OutboxStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>A sender that claimed the message holds it until then; another sender takes it only afterwards.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    public string? LastError { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    public void MarkSent(DateTimeOffset now)
    {
        EnsurePending();
        Attempts++;
        Status = OutboxStatus.Sent;
        SentAt = now;
        LockedUntil = null;
        LastError = null;
    }

    public void MarkLogged(DateTimeOffset now)
    {
        EnsurePending();
        Status = OutboxStatus.Logged;
        SentAt = now;
        LockedUntil = null;
    }

    /// <summary>A failed attempt: retried after 1, 2, 4, 8 minutes; the fifth failure is final.</summary>
    public void MarkAttemptFailed(string error, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(error);
        EnsurePending();
        Attempts++;
        LastError = error.Length <= ErrorMaxLength ? error : error[..ErrorMaxLength];
        LockedUntil = null;
        if (Attempts >= MaxAttempts)
        {
            Status = OutboxStatus.Failed;
            return;
        }
        NextAttemptAt = now + RetryDelay(Attempts);
    }

    /// <summary>The wait after the <paramref name="failedAttempts"/>-th failure.</summary>
    public static TimeSpan RetryDelay(int failedAttempts) => TimeSpan.FromMinutes(Math.Pow(2, Math.Clamp(failedAttempts, 1, MaxAttempts) - 1));

    private void EnsurePending()
    {
        if (Status != OutboxStatus.Pending)
        {
            throw new DomainException("outbox.not_pending", $"The e-mail {Id} is {Status}, not pending.");
        }
    }
}
