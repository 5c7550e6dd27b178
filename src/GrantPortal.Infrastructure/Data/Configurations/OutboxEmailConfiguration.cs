using GrantPortal.Domain.Notifications;
using GrantPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

/// <summary>
/// The outbox is read by the sender as the system, across associations, so its association column is
/// association_id (nullable, not tenant_id): no tenant filter, no row-level security; the admin page filters by it.
/// </summary>
internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.ToTable("outbox_emails", t => t.HasCheckConstraint("ck_outbox_emails_attempts", "attempts >= 0"));
        builder.HasKey(e => e.Id);
        builder.Property(e => e.To).HasMaxLength(OutboxEmail.AddressMaxLength);
        builder.Property(e => e.Subject).HasMaxLength(OutboxEmail.SubjectMaxLength);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.LastError).HasMaxLength(OutboxEmail.ErrorMaxLength);
        // What the sender claims next: pending messages that are due.
        builder.HasIndex(e => e.NextAttemptAt).HasFilter("status = 'Pending'").HasDatabaseName("ix_outbox_emails_due");
        builder.HasIndex(e => new { e.AssociationId, e.CreatedAt });
        builder.HasOne<Association>().WithMany().HasForeignKey(e => e.AssociationId).OnDelete(DeleteBehavior.Restrict);
    }
}
