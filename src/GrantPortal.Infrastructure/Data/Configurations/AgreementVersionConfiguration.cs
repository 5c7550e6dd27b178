using GrantPortal.Domain.Agreements;
using GrantPortal.Domain.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class AgreementVersionConfiguration : IEntityTypeConfiguration<AgreementVersion>
{
    public void Configure(EntityTypeBuilder<AgreementVersion> builder)
    {
        builder.ToTable("agreement_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Content).HasJsonConversion();
        builder.Property(v => v.VerificationCode).HasMaxLength(16);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.AmendmentReason).HasMaxLength(2000);
        builder.Property(v => v.CreatedByName).HasMaxLength(256);
        builder.Property(v => v.IssuedByName).HasMaxLength(256);
        builder.Property(v => v.CountersignedByName).HasMaxLength(256);
        builder.Property(v => v.ScanReturnReason).HasMaxLength(1000);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(v => v.ScanFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(v => v.SignedFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.AgreementId, v.Number }).IsUnique();
        // The public verify page finds a version by its code.
        builder.HasIndex(v => v.VerificationCode).IsUnique();
    }
}
