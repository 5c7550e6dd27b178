using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Notifications;

/// <summary>
/// 站内消息: one message to one person in one association (a receipt, a returned application, a decision),
/// with an optional link to the page it is about. Unread until the person marks it read.
/// </summary>
public sealed class Notification : ITenantOwned
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 4000;
    public const int LinkMaxLength = 500;

    private Notification() { }

    public Notification(Guid tenantId, Guid userId, string title, string body, string? link, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        title = title.Trim();
        if (title.Length == 0)
        {
            throw new DomainException("notification.title_required", "A notification needs a title.");
        }
        link = string.IsNullOrWhiteSpace(link) ? null : link.Trim();
        if (link is not null && !IsLocal(link))
        {
            throw new DomainException("notification.link_not_local", $"A notification links only to a page of this site: {link}");
        }
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        UserId = userId;
        Title = Clip(title, TitleMaxLength);
        Body = Clip(body.Trim(), BodyMaxLength);
        Link = link is null ? null : link.Length <= LinkMaxLength ? link
            : throw new DomainException("notification.link_too_long", $"A notification link is at most {LinkMaxLength} characters.");
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid UserId { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public string? Link { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    /// <summary>Marks the message read; reading it again keeps the first time.</summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    /// <summary>A path on this site ("/xinjiang/my/applications/…"), never another host ("//evil", "/\evil", "https://…").</summary>
    public static bool IsLocal(string link) =>
        link.Length > 0 && link[0] == '/'
        && (link.Length == 1 || (link[1] != '/' && link[1] != '\\'))
        && !link.Any(char.IsControl);

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
