using GrantPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class ExportJobConfiguration : IEntityTypeConfiguration<ExportJob>
{
    public void Configure(EntityTypeBuilder<ExportJob> builder)
    {
        builder.ToTable("export_jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Scope).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.ScopeLabel).HasMaxLength(300);
        builder.Property(j => j.RequestedByName).HasMaxLength(200);
        builder.Property(j => j.Error).HasMaxLength(1000);
        // Raised by every claim: a worker whose job was restarted by another can no longer save it.
        builder.Property(j => j.Attempts).IsConcurrencyToken();
        builder.HasIndex(j => new { j.Status, j.RequestedAt });
        builder.HasIndex(j => new { j.TenantId, j.RequestedAt });
    }
}
