using GrantPortal.Domain.Applications;
using GrantPortal.Domain.FormalChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class FormalCheckDecisionConfiguration : IEntityTypeConfiguration<FormalCheckDecision>
{
    public void Configure(EntityTypeBuilder<FormalCheckDecision> builder)
    {
        builder.ToTable("formal_check_decisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Reasons).HasMaxLength(4000);
        builder.Property(d => d.DecidedByName).HasMaxLength(256);
        builder.Property(d => d.Checklist).HasJsonConversion();
        builder.HasOne<GrantApplication>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.TenantId, d.ApplicationId, d.DecidedAt });
        builder.HasIndex(d => new { d.TenantId, d.CallId });
    }
}
