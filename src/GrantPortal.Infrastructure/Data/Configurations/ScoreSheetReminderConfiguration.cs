using GrantPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class ScoreSheetReminderConfiguration : IEntityTypeConfiguration<ScoreSheetReminder>
{
    public void Configure(EntityTypeBuilder<ScoreSheetReminder> builder)
    {
        builder.ToTable("score_sheet_reminders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<ReviewAssignment>().WithMany().HasForeignKey(r => r.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        // The automatic reminders go out once per assignment, whichever instance gets there first (INSERT … ON CONFLICT DO NOTHING).
        builder.HasIndex(r => new { r.AssignmentId, r.Kind }).IsUnique().HasFilter("kind <> 'Manual'");
    }
}
