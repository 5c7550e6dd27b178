using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class AwardConfiguration : IEntityTypeConfiguration<Award>
{
    public void Configure(EntityTypeBuilder<Award> builder)
    {
        builder.ToTable("awards", t =>
        {
            t.HasCheckConstraint("ck_awards_amount", "amount > 0");
            t.HasCheckConstraint("ck_awards_to_recover", "to_recover >= 0");
        });
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Amount).HasPrecision(18, 2);
        builder.Property(a => a.ToRecover).HasPrecision(18, 2);
        builder.Property(a => a.ApplicationNumber).HasMaxLength(64);
        builder.Property(a => a.ProjectTitle).HasMaxLength(500);
        builder.Property(a => a.OrganizationName).HasMaxLength(256);
        builder.Property(a => a.TerminationReason).HasMaxLength(2000);
        // Two staff saving from the same version: the second UPDATE matches no row and fails.
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Paid);
        builder.Ignore(a => a.Outstanding);
        builder.Ignore(a => a.Cancelled);
        builder.Ignore(a => a.Recovered);
        builder.HasOne<GrantCall>().WithMany().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GrantApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        // One award per application.
        builder.HasIndex(a => a.ApplicationId).IsUnique();
        builder.HasIndex(a => new { a.TenantId, a.CallId });
        builder.HasIndex(a => new { a.TenantId, a.OrganizationId });
        builder.HasMany(a => a.Tranches).WithOne().HasForeignKey(t => t.AwardId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Tranches).HasField("_tranches").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.Recoveries).WithOne().HasForeignKey(r => r.AwardId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Recoveries).HasField("_recoveries").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
