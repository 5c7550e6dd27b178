using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.DataProtectionKeys;

/// <summary>
/// data_protection_keys: not tenant-owned (one key ring for the whole portal), so no tenant filter and no row-level
/// security; the app role may read and insert rows, never change or delete them (see DatabaseInitializer).
/// </summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("data_protection_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.FriendlyName).HasMaxLength(DataProtectionKey.FriendlyNameMaxLength);
        builder.Property(k => k.Xml).IsRequired();
    }
}
