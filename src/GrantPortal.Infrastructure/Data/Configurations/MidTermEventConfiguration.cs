using GrantPortal.Domain.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class MidTermEventConfiguration : IEntityTypeConfiguration<MidTermEvent>
{
    public void Configure(EntityTypeBuilder<MidTermEvent> builder)
    {
        builder.ToTable("mid_term_events");
        builder.HasKey(e => e.Id);
        // Made by the report (client-side id): a new step found through the report is inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Comment).HasMaxLength(MidTermReport.CommentMaxLength);
        builder.HasIndex(e => new { e.ReportId, e.At });
    }
}
