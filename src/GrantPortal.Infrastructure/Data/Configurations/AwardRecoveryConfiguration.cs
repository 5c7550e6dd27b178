using GrantPortal.Domain.Awards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class AwardRecoveryConfiguration : IEntityTypeConfiguration<AwardRecovery>
{
    public void Configure(EntityTypeBuilder<AwardRecovery> builder)
    {
        builder.ToTable("award_recoveries", t => t.HasCheckConstraint("ck_award_recoveries_amount", "amount > 0"));
        builder.HasKey(r => r.Id);
        // Made by the award (Award.RecordRecovery) with its own id: a new one found through the navigation is an insert.
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Amount).HasPrecision(18, 2);
        builder.Property(r => r.VoucherNumber).HasMaxLength(64);
        builder.Property(r => r.RecordedByName).HasMaxLength(256);
        builder.HasIndex(r => r.AwardId);
    }
}
