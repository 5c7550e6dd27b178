using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class ReviewFormConfiguration : IEntityTypeConfiguration<ReviewForm>
{
    public void Configure(EntityTypeBuilder<ReviewForm> builder)
    {
        builder.ToTable("review_forms");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Content).HasJsonConversion();
        builder.Property(f => f.UpdatedBy).HasMaxLength(256);
        builder.HasOne<GrantCall>().WithMany().HasForeignKey(f => f.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<GrantCategory>().WithMany().HasForeignKey(f => f.CategoryId).OnDelete(DeleteBehavior.Cascade);
        // One form per category, and one call-wide default per call.
        builder.HasIndex(f => new { f.CallId, f.CategoryId }).IsUnique().AreNullsDistinct(false);
    }
}
