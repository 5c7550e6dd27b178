using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class PanelDecisionConfiguration : IEntityTypeConfiguration<PanelDecision>
{
    public void Configure(EntityTypeBuilder<PanelDecision> builder)
    {
        builder.ToTable("panel_decisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        // Two staff saving from the same version: the second UPDATE matches no row and fails.
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.CreatedByName).HasMaxLength(256);
        builder.Property(d => d.ConfirmedByName).HasMaxLength(256);
        builder.Ignore(d => d.IsConfirmed);
        builder.Ignore(d => d.Approved);
        builder.HasOne<GrantCall>().WithMany().HasForeignKey(d => d.CallId).OnDelete(DeleteBehavior.Restrict);
        // One decision per call.
        builder.HasIndex(d => d.CallId).IsUnique();
        builder.HasMany(d => d.Lines).WithOne().HasForeignKey(l => l.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
