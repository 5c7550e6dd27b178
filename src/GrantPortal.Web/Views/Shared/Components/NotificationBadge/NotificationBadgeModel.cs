namespace GrantPortal.Web.Views.Shared.Components.NotificationBadge;

public sealed record NotificationBadgeModel(string Tenant, int Unread);
