using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class ReviewPanelConfiguration : IEntityTypeConfiguration<ReviewPanel>
{
    public void Configure(EntityTypeBuilder<ReviewPanel> builder)
    {
        builder.ToTable("review_panels", t => t.HasCheckConstraint("ck_review_panels_counts",
            "technical BETWEEN 0 AND 9 AND financial BETWEEN 0 AND 9 AND management BETWEEN 0 AND 9"));
        builder.HasKey(p => p.Id);
        builder.Ignore(p => p.Size);
        builder.HasOne<GrantCall>().WithMany().HasForeignKey(p => p.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<GrantCategory>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.TenantId, p.CategoryId }).IsUnique();
        builder.HasIndex(p => new { p.TenantId, p.CallId });
    }
}
