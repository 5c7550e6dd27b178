using GrantPortal.Domain.Notifications;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GrantPortal.Infrastructure.Notifications;

/// <summary>
/// Tells people what happened: an in-app notification and, when asked, an e-mail through the outbox. It only ADDS
/// rows to the current request's DbContext and never saves: the caller's SaveChanges commits them together with
/// the business change, so a receipt exists exactly when the submission does.
/// </summary>
public sealed class Notifier(PortalDbContext db, TenantContext tenant, TimeProvider time, IOptions<OutboxOptions> options)
{
    /// <summary>One person of the current association. Returns the notification added (not yet saved).</summary>
    public async Task<Notification> NotifyAsync(Guid userId, string title, string body, string? link, bool email, CancellationToken cancellationToken = default)
    {
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("Notifications belong to an association: no tenant in this scope.");
        var now = time.GetUtcNow();
        var notification = new Notification(tenantId, userId, title, body, link, now);
        db.Notifications.Add(notification);
        if (email)
        {
            var address = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
            if (!string.IsNullOrWhiteSpace(address))
            {
                db.OutboxEmails.Add(new OutboxEmail(tenantId, address, title, EmailText(body, link), now));
            }
        }
        return notification;
    }

    /// <summary>Every person who acts for the applicant organisation in the current association (its Applicant memberships).</summary>
    public async Task<IReadOnlyList<Notification>> NotifyOrganizationAsync(
        Guid organizationId, string title, string body, string? link, bool email, CancellationToken cancellationToken = default) =>
        Notify(await RecipientsAsync(organizationId, email, cancellationToken), title, body, link);

    /// <summary>
    /// Who <see cref="Notify"/> will reach for the organisation, read now: a caller holding a lock (the application number
    /// while a submission commits) reads them before taking it, so the lock covers no query.
    /// </summary>
    public async Task<IReadOnlyList<Recipient>> RecipientsAsync(Guid organizationId, bool email, CancellationToken cancellationToken = default)
    {
        var users = await db.Memberships.AsNoTracking()
            .Where(m => m.OrganizationId == organizationId)
            .Select(m => m.UserId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var addresses = !email || users.Count == 0 ? [] : await db.Users.AsNoTracking()
            .Where(u => users.Contains(u.Id))
            .Select(u => new { u.Id, u.Email })
            .ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);
        return users.Order().Select(id => new Recipient(id, addresses.GetValueOrDefault(id))).ToList();
    }

    /// <summary>Adds (does not save) a notification, and an e-mail where an address was read, for each recipient.</summary>
    public IReadOnlyList<Notification> Notify(IReadOnlyList<Recipient> recipients, string title, string body, string? link)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("Notifications belong to an association: no tenant in this scope.");
        var now = time.GetUtcNow();
        var added = new List<Notification>(recipients.Count);
        foreach (var recipient in recipients)
        {
            var notification = new Notification(tenantId, recipient.UserId, title, body, link, now);
            db.Notifications.Add(notification);
            if (!string.IsNullOrWhiteSpace(recipient.Email))
            {
                db.OutboxEmails.Add(new OutboxEmail(tenantId, recipient.Email, title, EmailText(body, link), now));
            }
            added.Add(notification);
        }
        return added;
    }

    /// <summary>A person to notify, with the e-mail address when one is to be sent.</summary>
    public sealed record Recipient(Guid UserId, string? Email);

    /// <summary>The e-mail's plain text: the message, then the page it is about as an absolute address when the site's address is known.</summary>
    private string EmailText(string body, string? link)
    {
        if (link is null)
        {
            return body;
        }
        var address = options.Value.SiteUrl is { Length: > 0 } siteUrl ? siteUrl.TrimEnd('/') + link : link;
        return body + "\n\n" + address;
    }
}
