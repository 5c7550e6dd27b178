using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class NoticeLineConfiguration : IEntityTypeConfiguration<NoticeLine>
{
    public void Configure(EntityTypeBuilder<NoticeLine> builder)
    {
        builder.ToTable("public_notice_lines", t => t.HasCheckConstraint("ck_public_notice_lines_amount", "amount > 0"));
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Amount).HasPrecision(18, 2);
        builder.Property(l => l.ApplicationNumber).HasMaxLength(64);
        builder.Property(l => l.ProjectTitle).HasMaxLength(500);
        builder.Property(l => l.OrganizationName).HasMaxLength(256);
        builder.Property(l => l.CategoryName).HasMaxLength(256);
        builder.Property(l => l.WithdrawnReason).HasMaxLength(2000);
        builder.HasOne<GrantApplication>().WithMany().HasForeignKey(l => l.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.NoticeId, l.ApplicationId }).IsUnique();
    }
}
