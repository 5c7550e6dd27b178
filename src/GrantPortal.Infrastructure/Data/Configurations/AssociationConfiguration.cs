using GrantPortal.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class AssociationConfiguration : IEntityTypeConfiguration<Association>
{
    public void Configure(EntityTypeBuilder<Association> builder)
    {
        builder.ToTable("associations");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Identifier).HasMaxLength(40);
        builder.HasIndex(a => a.Identifier).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.ShortName).HasMaxLength(40);
        builder.Property(a => a.NameEn).HasMaxLength(150);
        builder.Property(a => a.NumberPrefix).HasMaxLength(8);
        builder.HasIndex(a => a.NumberPrefix).IsUnique();
    }
}
