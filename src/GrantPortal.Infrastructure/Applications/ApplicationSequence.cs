using GrantPortal.Domain.Common;

namespace GrantPortal.Infrastructure.Applications;

/// <summary>The last application number given in one category: incremented in the submitting transaction, so numbers never repeat.</summary>
public sealed class ApplicationSequence : ITenantOwned
{
    private ApplicationSequence() { }

    public Guid TenantId { get; private set; }
    public Guid CategoryId { get; private set; }
    public int Last { get; private set; }
}
