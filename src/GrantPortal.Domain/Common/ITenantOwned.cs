namespace GrantPortal.Domain.Common;

/// <summary>A row that belongs to one association (tenant). The tenant filter, save guard and row-level security key on it.</summary>
public interface ITenantOwned
{
    Guid TenantId { get; }
}
