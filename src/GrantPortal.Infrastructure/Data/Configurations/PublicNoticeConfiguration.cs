using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Notices;
using GrantPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class PublicNoticeConfiguration : IEntityTypeConfiguration<PublicNotice>
{
    public void Configure(EntityTypeBuilder<PublicNotice> builder)
    {
        builder.ToTable("public_notices", t => t.HasCheckConstraint("ck_public_notices_working_days", "working_days BETWEEN 1 AND 30"));
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Title).HasMaxLength(300);
        builder.Property(n => n.Text).HasMaxLength(10000);
        builder.Property(n => n.PublishedByName).HasMaxLength(256);
        builder.Property(n => n.FinalisedByName).HasMaxLength(256);
        builder.Property(n => n.Contacts).HasJsonConversion();
        // Two staff (or staff and the background finaliser) saving from the same version: the second fails.
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.Ignore(n => n.Remaining);
        builder.HasOne<GrantCall>().WithMany().HasForeignKey(n => n.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PanelDecision>().WithMany().HasForeignKey(n => n.DecisionId).OnDelete(DeleteBehavior.Restrict);
        // One notice per call.
        builder.HasIndex(n => n.CallId).IsUnique();
        builder.HasIndex(n => new { n.TenantId, n.PublishedAt });
        builder.HasMany(n => n.Lines).WithOne().HasForeignKey(l => l.NoticeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(n => n.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
