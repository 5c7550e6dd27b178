using GrantPortal.Domain.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class CallAuditEntryConfiguration : IEntityTypeConfiguration<CallAuditEntry>
{
    public void Configure(EntityTypeBuilder<CallAuditEntry> builder)
    {
        builder.ToTable("call_audit_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(40);
        builder.Property(e => e.Summary).HasMaxLength(500);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.Property(e => e.Changes).HasJsonConversion();
        builder.HasIndex(e => new { e.CallId, e.Revision });
        // Entries outlive nothing: a call is never deleted while it has a history, so the key restricts.
        builder.HasOne<GrantCall>().WithMany().HasForeignKey(e => e.CallId).OnDelete(DeleteBehavior.Restrict);
    }
}
