using GrantPortal.Domain.Files;
using GrantPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("stored_files", t => t.HasCheckConstraint("ck_stored_files_size", "size >= 0"));
        builder.HasKey(f => f.Id);
        builder.Property(f => f.OriginalName).HasMaxLength(260);
        builder.Property(f => f.ContentType).HasMaxLength(120);
        builder.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(f => new { f.TenantId, f.OrganizationId });
        builder.HasOne<ApplicantOrganization>().WithMany().HasForeignKey(f => f.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        // The bytes in their own table: listing files never reads them.
        builder.HasOne(f => f.Content).WithOne().HasForeignKey<StoredFileContent>(c => c.Id).OnDelete(DeleteBehavior.Cascade);
    }
}
