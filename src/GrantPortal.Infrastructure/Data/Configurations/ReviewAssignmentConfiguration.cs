using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class ReviewAssignmentConfiguration : IEntityTypeConfiguration<ReviewAssignment>
{
    public void Configure(EntityTypeBuilder<ReviewAssignment> builder)
    {
        builder.ToTable("review_assignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.RecusalReason).HasMaxLength(500);
        builder.Ignore(a => a.IsActive);
        builder.HasOne<GrantApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Expert>().WithMany().HasForeignKey(a => a.ExpertId).OnDelete(DeleteBehavior.Restrict);
        // An expert holds at most one live place per application (a recused or withdrawn one may be followed by none).
        builder.HasIndex(a => new { a.ApplicationId, a.ExpertId }).IsUnique().HasFilter("status IN ('Assigned', 'Submitted')");
        builder.HasIndex(a => new { a.TenantId, a.ExpertId, a.Status });
        builder.HasIndex(a => new { a.TenantId, a.CallId, a.CategoryId });
    }
}
