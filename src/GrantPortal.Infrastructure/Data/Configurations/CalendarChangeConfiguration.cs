using GrantPortal.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

/// <summary>Changes to the shared national calendar: not tenant-owned, like the calendar itself.</summary>
internal sealed class CalendarChangeConfiguration : IEntityTypeConfiguration<CalendarChange>
{
    public void Configure(EntityTypeBuilder<CalendarChange> builder)
    {
        builder.ToTable("calendar_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.KindBefore).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.KindAfter).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.NameBefore).HasMaxLength(40);
        builder.Property(c => c.NameAfter).HasMaxLength(40);
        builder.Property(c => c.UserName).HasMaxLength(256);
        builder.Property(c => c.Association).HasMaxLength(40);
        builder.HasIndex(c => c.Date);
    }
}
