using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class GrantCallConfiguration : IEntityTypeConfiguration<GrantCall>
{
    public void Configure(EntityTypeBuilder<GrantCall> builder)
    {
        builder.ToTable("grant_calls", t =>
            t.HasCheckConstraint("ck_grant_calls_limit", "application_limit_per_organization IS NULL OR application_limit_per_organization >= 1"));
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.DocumentNumber).HasMaxLength(100);
        builder.Property(c => c.IssuedBy).HasMaxLength(100);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Revision).IsConcurrencyToken();
        builder.Property(c => c.CompletionDeadline).HasJsonConversion();
        builder.Property(c => c.AcceptanceDeadline).HasJsonConversion();
        builder.Property(c => c.Submission).HasJsonConversion();
        builder.Property(c => c.Disbursement).HasJsonConversion();
        builder.Property(c => c.Review).HasJsonConversion();
        builder.Property(c => c.Eligibility).HasJsonConversion();
        builder.Property(c => c.SpendingRules).HasJsonConversion();
        builder.Property(c => c.Debarments).HasJsonConversion();
        builder.Property(c => c.Contacts).HasJsonConversion();
        builder.Property(c => c.Notes).HasJsonConversion();
        builder.HasIndex(c => new { c.TenantId, c.Year, c.Title }).IsUnique();
        builder.HasMany(c => c.Categories).WithOne(c => c.Call).HasForeignKey(c => c.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Categories).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Association>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.RootCategories);
        builder.Ignore(c => c.AllCategories);
        builder.Ignore(c => c.IsEditable);
    }
}
