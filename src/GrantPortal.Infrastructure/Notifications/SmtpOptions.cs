namespace GrantPortal.Infrastructure.Notifications;

/// <summary>The SMTP server (GrantPortal:Smtp). Without a Host, e-mails are written to the log instead (development).</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "noreply@grantportal.local";
    public bool EnableSsl { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
