using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class MidTermReportConfiguration : IEntityTypeConfiguration<MidTermReport>
{
    public void Configure(EntityTypeBuilder<MidTermReport> builder)
    {
        builder.ToTable("mid_term_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Progress).HasMaxLength(MidTermReport.ProgressMaxLength);
        builder.Property(r => r.Spending).HasMaxLength(MidTermReport.SpendingMaxLength);
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.Ignore(r => r.IsEditable);
        builder.Ignore(r => r.LatestEvaluation);
        builder.HasOne<Award>().WithMany().HasForeignKey(r => r.AwardId).OnDelete(DeleteBehavior.Restrict);
        // One report per award.
        builder.HasIndex(r => r.AwardId).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.CallId, r.Status });
        builder.HasMany(r => r.History).WithOne().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
