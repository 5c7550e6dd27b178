using GrantPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class DecisionChangeConfiguration : IEntityTypeConfiguration<DecisionChange>
{
    public void Configure(EntityTypeBuilder<DecisionChange> builder)
    {
        builder.ToTable("panel_decision_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Action).HasMaxLength(20);
        builder.Property(c => c.BeforeAmount).HasPrecision(18, 2);
        builder.Property(c => c.AfterAmount).HasPrecision(18, 2);
        builder.Property(c => c.Reason).HasMaxLength(1000);
        builder.Property(c => c.UserName).HasMaxLength(256);
        // Append-only: the history outlives nothing it names.
        builder.HasOne<PanelDecision>().WithMany().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.DecisionId, c.Version });
    }
}
