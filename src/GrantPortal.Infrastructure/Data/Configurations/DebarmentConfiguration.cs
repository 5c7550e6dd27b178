using GrantPortal.Domain.Eligibility;
using GrantPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class DebarmentConfiguration : IEntityTypeConfiguration<Debarment>
{
    public void Configure(EntityTypeBuilder<Debarment> builder)
    {
        builder.ToTable("debarments", t => t.HasCheckConstraint("ck_debarments_period", "until >= \"from\""));
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Reason).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.Note).HasMaxLength(500);
        builder.Property(d => d.LiftReason).HasMaxLength(500);
        builder.HasIndex(d => new { d.TenantId, d.OrganizationId });
        builder.HasOne<ApplicantOrganization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(d => d.IsLifted);
    }
}
