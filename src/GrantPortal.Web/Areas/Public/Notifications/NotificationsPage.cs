using GrantPortal.Domain.Notifications;

namespace GrantPortal.Web.Areas.Public.Notifications;

public sealed record NotificationsPage(string Tenant, IReadOnlyList<Notification> Rows, int Unread);
