using GrantPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class SigningCertificateConfiguration : IEntityTypeConfiguration<SigningCertificate>
{
    public void Configure(EntityTypeBuilder<SigningCertificate> builder)
    {
        builder.ToTable("signing_certificates");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Subject).HasMaxLength(300);
        builder.Property(c => c.Thumbprint).HasMaxLength(64);
        // One generated certificate per association: two instances racing to make one keep the first.
        builder.HasIndex(c => c.TenantId).IsUnique();
    }
}
