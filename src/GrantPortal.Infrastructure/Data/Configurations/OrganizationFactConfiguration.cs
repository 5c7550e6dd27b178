using GrantPortal.Domain.Eligibility;
using GrantPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class OrganizationFactConfiguration : IEntityTypeConfiguration<OrganizationFact>
{
    public void Configure(EntityTypeBuilder<OrganizationFact> builder)
    {
        builder.ToTable("organization_facts");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Fact).HasConversion<string>().HasMaxLength(40);
        builder.Property(f => f.Value).HasMaxLength(200);
        builder.HasIndex(f => new { f.TenantId, f.OrganizationId, f.Fact });
        builder.HasOne<ApplicantOrganization>().WithMany().HasForeignKey(f => f.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(f => f.IsVerified);
    }
}
