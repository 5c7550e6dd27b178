using GrantPortal.Domain.Tenancy;

namespace GrantPortal.Infrastructure.Tenancy;

/// <summary>
/// The association (tenant) and person the current request or job acts for. Set once per request from the URL;
/// the EF query filter, the save guard and the PostgreSQL session settings all read it.
/// </summary>
public sealed class TenantContext
{
    public Association? Association { get; private set; }
    public Guid? TenantId => Association?.Id;
    public Guid? UserId { get; private set; }

    /// <summary>Migrations and seeding as the table owner: no tenant filter on saves. Never used for requests.</summary>
    public bool IsSystem { get; private init; }

    public static TenantContext System() => new() { IsSystem = true };

    public void SetTenant(Association association)
    {
        if (Association is not null && Association.Id != association.Id)
        {
            throw new InvalidOperationException("The tenant of a scope cannot change.");
        }
        Association = association;
    }

    public void SetUser(Guid? userId) => UserId = userId;
}
