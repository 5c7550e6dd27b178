using GrantPortal.Domain.Awards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class AwardTrancheConfiguration : IEntityTypeConfiguration<AwardTranche>
{
    public void Configure(EntityTypeBuilder<AwardTranche> builder)
    {
        builder.ToTable("award_tranches", t =>
        {
            t.HasCheckConstraint("ck_award_tranches_amount", "amount >= 0");
            t.HasCheckConstraint("ck_award_tranches_paid", "(status = 'Paid') = (paid_on IS NOT NULL AND voucher_number IS NOT NULL)");
        });
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Milestone).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Amount).HasPrecision(18, 2);
        builder.Property(t => t.Percent).HasPrecision(5, 2);
        builder.Property(t => t.VoucherNumber).HasMaxLength(64);
        builder.Property(t => t.PaidByName).HasMaxLength(256);
        builder.HasIndex(t => new { t.AwardId, t.Number }).IsUnique();
    }
}
