using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class ChangeRequestConfiguration : IEntityTypeConfiguration<ChangeRequest>
{
    public void Configure(EntityTypeBuilder<ChangeRequest> builder)
    {
        builder.ToTable("change_requests", t =>
            t.HasCheckConstraint("ck_change_requests_timing", "(kind = 'Timing') = (new_completion_date IS NOT NULL)"));
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        // Two staff deciding the same request: the second UPDATE (still expecting Pending) matches no row and fails.
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(r => r.From).HasMaxLength(ChangeRequest.TextMaxLength);
        builder.Property(r => r.To).HasMaxLength(ChangeRequest.TextMaxLength);
        builder.Property(r => r.Reason).HasMaxLength(ChangeRequest.ReasonMaxLength);
        builder.Property(r => r.DecisionComment).HasMaxLength(ChangeRequest.TextMaxLength);
        builder.Property(r => r.SubmittedByName).HasMaxLength(256);
        builder.Property(r => r.DecidedByName).HasMaxLength(256);
        builder.Ignore(r => r.IsPending);
        builder.HasOne<Award>().WithMany().HasForeignKey(r => r.AwardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.AwardId, r.Number }).IsUnique();
        // At most one pending request per award, whoever submits at the same moment.
        builder.HasIndex(r => r.AwardId).IsUnique().HasFilter("status = 'Pending'").HasDatabaseName("ix_change_requests_one_pending");
        builder.HasIndex(r => new { r.TenantId, r.CallId, r.Status });
    }
}
