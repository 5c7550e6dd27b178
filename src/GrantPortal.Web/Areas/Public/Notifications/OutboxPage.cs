using GrantPortal.Domain.Notifications;
using GrantPortal.Domain.Tenancy;

namespace GrantPortal.Web.Areas.Public.Notifications;

public sealed record OutboxPage(Association Association, IReadOnlyList<OutboxEmail> Rows);
