using GrantPortal.Domain.Agreements;
using GrantPortal.Domain.Awards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class TaskAgreementConfiguration : IEntityTypeConfiguration<TaskAgreement>
{
    public void Configure(EntityTypeBuilder<TaskAgreement> builder)
    {
        builder.ToTable("task_agreements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Revision).IsConcurrencyToken();
        builder.Ignore(a => a.Current);
        builder.Ignore(a => a.Status);
        builder.Ignore(a => a.LatestIssued);
        builder.HasOne<Award>().WithMany().HasForeignKey(a => a.AwardId).OnDelete(DeleteBehavior.Restrict);
        // One agreement per award; its versions carry the history.
        builder.HasIndex(a => a.AwardId).IsUnique();
        builder.HasIndex(a => new { a.TenantId, a.OrganizationId });
        builder.HasMany(a => a.Versions).WithOne().HasForeignKey(v => v.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
