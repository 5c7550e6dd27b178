using System.Net;
using System.Net.Mail;
using GrantPortal.Domain.Notifications;
using GrantPortal.Infrastructure.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrantPortal.Infrastructure.Notifications;

/// <summary>
/// Sends the outbox every few seconds, as the system (the owner's connection: across associations). Claims due messages
/// (<see cref="OutboxClaims"/>), sends each with SMTP, or, when no SMTP host is configured, writes it to the log and
/// marks it Logged. A failed attempt is retried later (1, 2, 4, 8 minutes); the fifth failure is final.
/// </summary>
public sealed class OutboxSender(
    DatabaseInitializer databases, TimeProvider time, IOptions<SmtpOptions> smtp, IOptions<OutboxOptions> options, ILogger<OutboxSender> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.IntervalSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch means more may be waiting: go on at once.
                while (await RunOnceAsync(stoppingToken) >= options.Value.BatchSize)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the sender outlives any one failure (database restarting, a bad row): log it and try again next round
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogError(e, "Outbox round failed");
            }
            try
            {
                await Task.Delay(interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One round: claims the due messages and sends (or logs) each. Returns how many it took.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var db = databases.CreateOwnerContext();
        var claimed = await OutboxClaims.ClaimAsync(
            db, time.GetUtcNow(), Math.Max(1, options.Value.BatchSize), TimeSpan.FromSeconds(Math.Max(30, options.Value.ClaimSeconds)), cancellationToken);
        foreach (var message in claimed)
        {
            await DeliverAsync(message, cancellationToken);
            // Saved one by one: a message sent is recorded as sent even if a later one fails to save.
            await db.SaveChangesAsync(cancellationToken);
        }
        return claimed.Count;
    }

    private async Task DeliverAsync(OutboxEmail message, CancellationToken cancellationToken)
    {
        var settings = smtp.Value;
        if (!settings.IsConfigured)
        {
            logger.LogInformation("E-mail not sent (no SMTP host configured) {OutboxId} to {To}: {Subject}\n{Body}", message.Id, message.To, message.Subject, message.Body);
            message.MarkLogged(time.GetUtcNow());
            return;
        }
        try
        {
            using var client = new SmtpClient(settings.Host, settings.Port) { EnableSsl = settings.EnableSsl };
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
            }
            using var mail = new MailMessage(settings.From, message.To, message.Subject, message.Body)
            {
                SubjectEncoding = System.Text.Encoding.UTF8,
                BodyEncoding = System.Text.Encoding.UTF8,
                IsBodyHtml = false,
            };
            await client.SendMailAsync(mail, cancellationToken);
            message.MarkSent(time.GetUtcNow());
            logger.LogInformation("E-mail sent {OutboxId} to {To}", message.Id, message.To);
        }
        catch (Exception e) when (e is SmtpException or InvalidOperationException or FormatException or IOException)
        {
            message.MarkAttemptFailed(e.Message, time.GetUtcNow());
            logger.LogWarning("E-mail {OutboxId} to {To} failed (attempt {Attempts}, {Status}): {Error}", message.Id, message.To, message.Attempts, message.Status, e.Message);
        }
    }
}
