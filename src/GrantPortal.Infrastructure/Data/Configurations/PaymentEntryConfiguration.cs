using GrantPortal.Domain.Awards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class PaymentEntryConfiguration : IEntityTypeConfiguration<PaymentEntry>
{
    /// <summary>The unique index that refuses a voucher number booked twice (of the same kind) in one association.</summary>
    public const string VoucherIndex = "ux_payment_entries_voucher";

    public void Configure(EntityTypeBuilder<PaymentEntry> builder)
    {
        builder.ToTable("payment_entries", t =>
        {
            t.HasCheckConstraint("ck_payment_entries_amount", "amount >= 0");
            t.HasCheckConstraint("ck_payment_entries_voucher", "(kind = 'Cancellation') = (voucher_number IS NULL)");
        });
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Amount).HasPrecision(18, 2);
        builder.Property(e => e.VoucherNumber).HasMaxLength(64);
        builder.Property(e => e.RecordedByName).HasMaxLength(256);
        builder.HasOne<Award>().WithMany().HasForeignKey(e => e.AwardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.TenantId, e.Kind, e.VoucherNumber }).IsUnique().HasFilter("voucher_number IS NOT NULL").HasDatabaseName(VoucherIndex);
        builder.HasIndex(e => e.AwardId);
        builder.HasIndex(e => new { e.TenantId, e.CallId });
    }
}
