using GrantPortal.Domain.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class GrantCategoryConfiguration : IEntityTypeConfiguration<GrantCategory>
{
    public void Configure(EntityTypeBuilder<GrantCategory> builder)
    {
        builder.ToTable("grant_categories", t =>
        {
            t.HasCheckConstraint("ck_grant_categories_quota", "quota_min IS NULL OR quota_max IS NULL OR quota_min <= quota_max");
            t.HasCheckConstraint("ck_grant_categories_cap", "budget_cap IS NULL OR budget_cap > 0");
            t.HasCheckConstraint("ck_grant_categories_amount", "amount_min IS NULL OR amount_max IS NULL OR amount_min <= amount_max");
        });
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(40);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.BudgetCap).HasPrecision(18, 2);
        builder.Property(c => c.AmountKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.AmountMin).HasPrecision(18, 2);
        builder.Property(c => c.AmountMax).HasPrecision(18, 2);
        builder.Property(c => c.AmountOtherwise).HasPrecision(18, 2);
        builder.Property(c => c.AmountNote).HasMaxLength(500);
        builder.Property(c => c.AmountOptions).HasJsonConversion();
        builder.Property(c => c.Eligibility).HasJsonConversion();
        builder.Property(c => c.Indicators).HasJsonConversion();
        builder.Property(c => c.AcceptanceMaterials).HasJsonConversion();
        builder.Property(c => c.CompletionDeadline).HasJsonConversion();
        builder.Property(c => c.AcceptanceDeadline).HasJsonConversion();
        builder.Property(c => c.SpendingRules).HasJsonConversion();
        builder.Property(c => c.Contact).HasJsonConversion();
        builder.Property(c => c.Notes).HasJsonConversion();
        builder.HasIndex(c => new { c.TenantId, c.CallId, c.Code }).IsUnique();
        builder.HasOne(c => c.Parent).WithMany(c => c.Children).HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Children).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Forms).WithOne().HasForeignKey(f => f.CategoryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Forms).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(c => c.Quota);
        builder.Ignore(c => c.OwnAmountRule);
        builder.Ignore(c => c.EffectiveAmountRule);
        builder.Ignore(c => c.EffectiveEligibility);
        builder.Ignore(c => c.EffectiveContact);
        builder.Ignore(c => c.EffectiveAcceptanceDeadline);
        builder.Ignore(c => c.EffectiveCompletionDeadline);
        builder.Ignore(c => c.CurrentForm);
        builder.Ignore(c => c.IsApplicable);
        builder.Ignore(c => c.Depth);
    }
}
