namespace GrantPortal.Infrastructure.Notifications;

/// <summary>Settings of the outbox (GrantPortal:Outbox).</summary>
public sealed class OutboxOptions
{
    /// <summary>How often the sender looks for due messages.</summary>
    public int IntervalSeconds { get; set; } = 5;

    /// <summary>How many messages one round claims.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a claimed message stays with its sender before another may take it (a sender that died).</summary>
    public int ClaimSeconds { get; set; } = 300;

    /// <summary>The site's public address (https://grants.example.org), put before the links in e-mails; empty: links stay paths.</summary>
    public string? SiteUrl { get; set; }
}
