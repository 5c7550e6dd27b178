using GrantPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class ReviewScoreConfiguration : IEntityTypeConfiguration<ReviewScore>
{
    public void Configure(EntityTypeBuilder<ReviewScore> builder)
    {
        builder.ToTable("review_scores", t => t.HasCheckConstraint("ck_review_scores_total", "total >= 0 AND total <= 100"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.ExpertType).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Recommendation).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Scores).HasJsonConversion();
        builder.Property(s => s.Total).HasPrecision(5, 2);
        builder.Property(s => s.SuggestedAmount).HasPrecision(18, 2);
        builder.Property(s => s.Comment).HasMaxLength(4000);
        builder.HasOne<ReviewAssignment>().WithOne().HasForeignKey<ReviewScore>(s => s.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.AssignmentId).IsUnique();
        builder.HasIndex(s => new { s.TenantId, s.CallId, s.CategoryId });
    }
}
