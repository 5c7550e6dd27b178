using GrantPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class ScoreSheetDraftConfiguration : IEntityTypeConfiguration<ScoreSheetDraft>
{
    public void Configure(EntityTypeBuilder<ScoreSheetDraft> builder)
    {
        builder.ToTable("score_sheet_drafts");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Scores).HasJsonConversion();
        builder.Property(d => d.Comment).HasMaxLength(5000);
        builder.Property(d => d.Recommendation).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.SuggestedAmount).HasMaxLength(30);
        builder.HasOne<ReviewAssignment>().WithOne().HasForeignKey<ScoreSheetDraft>(d => d.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.AssignmentId).IsUnique();
    }
}
