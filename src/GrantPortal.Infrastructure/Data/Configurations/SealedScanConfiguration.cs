using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Documents;
using GrantPortal.Domain.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class SealedScanConfiguration : IEntityTypeConfiguration<SealedScan>
{
    public void Configure(EntityTypeBuilder<SealedScan> builder)
    {
        builder.ToTable("sealed_scans");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.ReadCode).HasMaxLength(16);
        builder.Property(s => s.TypedCode).HasMaxLength(16);
        builder.Property(s => s.ReadMethod).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.RejectionReason).HasMaxLength(1000);
        builder.HasOne<GrantApplication>().WithMany().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(s => s.FileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.ApplicationId, s.UploadedAt });
    }
}
