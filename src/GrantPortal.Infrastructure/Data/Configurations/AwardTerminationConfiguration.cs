using GrantPortal.Domain.Acceptance;
using GrantPortal.Domain.Awards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class AwardTerminationConfiguration : IEntityTypeConfiguration<AwardTermination>
{
    public void Configure(EntityTypeBuilder<AwardTermination> builder)
    {
        builder.ToTable("award_terminations", t => t.HasCheckConstraint("ck_award_terminations_to_recover", "to_recover >= 0 AND to_recover <= paid"));
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Ground).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Reason).HasMaxLength(2000);
        builder.Property(t => t.RecoveryNote).HasMaxLength(2000);
        builder.Property(t => t.Paid).HasPrecision(18, 2);
        builder.Property(t => t.ToRecover).HasPrecision(18, 2);
        builder.Property(t => t.RecordedByName).HasMaxLength(256);
        builder.HasOne<Award>().WithMany().HasForeignKey(t => t.AwardId).OnDelete(DeleteBehavior.Cascade);
        // An award is terminated once.
        builder.HasIndex(t => t.AwardId).IsUnique();
    }
}
