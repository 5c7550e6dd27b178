using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class DecisionLineConfiguration : IEntityTypeConfiguration<DecisionLine>
{
    public void Configure(EntityTypeBuilder<DecisionLine> builder)
    {
        builder.ToTable("panel_decision_lines", t => t.HasCheckConstraint("ck_panel_decision_lines_amount", "(approved AND amount > 0) OR (NOT approved AND amount IS NULL)"));
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Amount).HasPrecision(18, 2);
        builder.Property(l => l.ProposedAmount).HasPrecision(18, 2);
        builder.HasOne<GrantApplication>().WithMany().HasForeignKey(l => l.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.DecisionId, l.ApplicationId }).IsUnique();
        builder.HasIndex(l => l.ApplicationId);
    }
}
