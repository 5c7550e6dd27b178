using GrantPortal.Domain.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class FormDefinitionConfiguration : IEntityTypeConfiguration<FormDefinition>
{
    public void Configure(EntityTypeBuilder<FormDefinition> builder)
    {
        builder.ToTable("form_definitions", t => t.HasCheckConstraint("ck_form_definitions_version", "version >= 1"));
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Schema).HasJsonConversion();
        builder.HasIndex(f => new { f.TenantId, f.CategoryId, f.Version }).IsUnique();
    }
}
