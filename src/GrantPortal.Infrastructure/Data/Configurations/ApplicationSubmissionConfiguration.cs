using GrantPortal.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class ApplicationSubmissionConfiguration : IEntityTypeConfiguration<ApplicationSubmission>
{
    public void Configure(EntityTypeBuilder<ApplicationSubmission> builder)
    {
        builder.ToTable("application_submissions", t => t.HasCheckConstraint("ck_application_submissions_version", "version >= 1"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Title).HasMaxLength(500);
        builder.Property(s => s.RequestedAmount).HasPrecision(18, 2);
        builder.Property(s => s.Values).HasJsonConversion();
        // One row per version: two submissions racing for the same version cannot both land.
        builder.HasIndex(s => new { s.TenantId, s.ApplicationId, s.Version }).IsUnique();
        builder.Property(s => s.VerificationCode).HasMaxLength(16);
        // The public /verify page looks a code up across every association.
        builder.HasIndex(s => s.VerificationCode).IsUnique();
    }
}
