using GrantPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class ExportArchiveConfiguration : IEntityTypeConfiguration<ExportArchive>
{
    public void Configure(EntityTypeBuilder<ExportArchive> builder)
    {
        builder.ToTable("export_archives");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.FileName).HasMaxLength(260);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        builder.HasOne<ExportJob>().WithMany().HasForeignKey(a => a.JobId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.JobId).IsUnique();
    }
}
