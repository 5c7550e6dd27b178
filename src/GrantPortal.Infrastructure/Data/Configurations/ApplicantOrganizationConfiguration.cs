using GrantPortal.Domain.Organizations;
using GrantPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class ApplicantOrganizationConfiguration : IEntityTypeConfiguration<ApplicantOrganization>
{
    public void Configure(EntityTypeBuilder<ApplicantOrganization> builder)
    {
        builder.ToTable("applicant_organizations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.CreditCode).HasMaxLength(18).IsFixedLength();
        builder.Property(o => o.ContactName).HasMaxLength(50);
        builder.Property(o => o.ContactPhone).HasMaxLength(30);
        builder.Property(o => o.ContactEmail).HasMaxLength(256);
        builder.Property(o => o.Address).HasMaxLength(200);
        builder.Property(o => o.LegalRepresentative).HasMaxLength(50);
        builder.Property(o => o.Chair).HasMaxLength(50);
        builder.Property(o => o.SecretaryGeneral).HasMaxLength(50);
        builder.Property(o => o.SupportingUnit).HasMaxLength(100);
        builder.Property(o => o.FinanceSystem).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.PostalCode).HasMaxLength(6);
        builder.Property(o => o.Website).HasMaxLength(200);
        builder.Property(o => o.SecondContactName).HasMaxLength(50);
        builder.Property(o => o.SecondContactPhone).HasMaxLength(30);
        builder.Property(o => o.SecondContactEmail).HasMaxLength(256);
        builder.Property(o => o.Revision).IsConcurrencyToken();
        builder.HasIndex(o => new { o.TenantId, o.CreditCode }).IsUnique();
        builder.HasIndex(o => new { o.TenantId, o.Name }).IsUnique();
        builder.HasOne<Association>().WithMany().HasForeignKey(o => o.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
