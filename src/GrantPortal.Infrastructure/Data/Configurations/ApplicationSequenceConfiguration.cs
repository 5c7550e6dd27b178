using GrantPortal.Domain.Calls;
using GrantPortal.Infrastructure.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantPortal.Infrastructure.Data.Configurations;

internal sealed class ApplicationSequenceConfiguration : IEntityTypeConfiguration<ApplicationSequence>
{
    public void Configure(EntityTypeBuilder<ApplicationSequence> builder)
    {
        builder.ToTable("application_sequences");
        builder.HasKey(s => s.CategoryId);
        builder.HasOne<GrantCategory>().WithMany().HasForeignKey(s => s.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
