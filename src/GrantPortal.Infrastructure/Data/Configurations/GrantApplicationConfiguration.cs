using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Forms;
using GrantPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class GrantApplicationConfiguration : IEntityTypeConfiguration<GrantApplication>
{
    public void Configure(EntityTypeBuilder<GrantApplication> builder)
    {
        builder.ToTable("grant_applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Number).HasMaxLength(60);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Title).HasMaxLength(500);
        builder.Property(a => a.RequestedAmount).HasPrecision(18, 2);
        builder.Property(a => a.Values).HasJsonConversion();
        builder.Property(a => a.Revision).IsConcurrencyToken();
        builder.HasIndex(a => new { a.TenantId, a.CallId, a.OrganizationId });
        builder.HasIndex(a => new { a.TenantId, a.Number }).IsUnique().HasFilter("number IS NOT NULL");
        builder.HasOne<GrantCall>().WithMany().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GrantCategory>().WithMany().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FormDefinition>().WithMany().HasForeignKey(a => a.FormDefinitionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicantOrganization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Submissions).WithOne().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(a => a.Submissions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(a => a.CountsAgainstLimit);
        builder.Property(a => a.Avoidances).HasJsonConversion();
    }
}
