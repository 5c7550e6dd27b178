using GrantPortal.Domain.Acceptance;
using GrantPortal.Domain.Awards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class AcceptanceSubmissionConfiguration : IEntityTypeConfiguration<AcceptanceSubmission>
{
    public void Configure(EntityTypeBuilder<AcceptanceSubmission> builder)
    {
        builder.ToTable("acceptance_submissions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Requirements).HasJsonConversion();
        builder.Property(s => s.Items).HasJsonConversion();
        builder.Property(s => s.History).HasJsonConversion();
        builder.Property(s => s.DecisionComment).HasMaxLength(4000);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.IsEditable);
        builder.Ignore(s => s.IsComplete);
        builder.HasOne<Award>().WithMany().HasForeignKey(s => s.AwardId).OnDelete(DeleteBehavior.Cascade);
        // One acceptance per award.
        builder.HasIndex(s => s.AwardId).IsUnique();
        builder.HasIndex(s => new { s.TenantId, s.CallId });
    }
}
