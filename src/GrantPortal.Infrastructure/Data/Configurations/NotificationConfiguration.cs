using GrantPortal.Domain.Notifications;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength);
        builder.Property(n => n.Body).HasMaxLength(Notification.BodyMaxLength);
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        builder.Ignore(n => n.IsRead);
        // A person's list, newest first, and the unread count of the header badge.
        builder.HasIndex(n => new { n.TenantId, n.UserId, n.CreatedAt });
        builder.HasIndex(n => new { n.TenantId, n.UserId }).HasFilter("read_at IS NULL").HasDatabaseName("ix_notifications_unread");
        builder.HasOne<Association>().WithMany().HasForeignKey(n => n.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
