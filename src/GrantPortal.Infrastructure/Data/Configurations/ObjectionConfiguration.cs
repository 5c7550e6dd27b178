using GrantPortal.Domain.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class ObjectionConfiguration : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> builder)
    {
        builder.ToTable("public_notice_objections", t => t.HasCheckConstraint("ck_public_notice_objections_contact", "phone IS NOT NULL OR email IS NOT NULL"));
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Reference).HasMaxLength(32);
        builder.Property(o => o.FilerName).HasMaxLength(50);
        builder.Property(o => o.FilerOrganization).HasMaxLength(200);
        builder.Property(o => o.Phone).HasMaxLength(30);
        builder.Property(o => o.Email).HasMaxLength(256);
        builder.Property(o => o.Reasons).HasMaxLength(Objection.MaxReasonsLength);
        builder.Property(o => o.Handling).HasMaxLength(5000);
        builder.Property(o => o.Outcome).HasMaxLength(2000);
        builder.Property(o => o.HandledByName).HasMaxLength(256);
        builder.HasOne<PublicNotice>().WithMany().HasForeignKey(o => o.NoticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<NoticeLine>().WithMany().HasForeignKey(o => o.LineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.TenantId, o.Reference }).IsUnique();
        builder.HasIndex(o => new { o.NoticeId, o.Status });
    }
}
