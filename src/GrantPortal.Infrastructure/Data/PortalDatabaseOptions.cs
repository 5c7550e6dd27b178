namespace GrantPortal.Infrastructure.Data;

/// <summary>
/// Two connections: <see cref="OwnerConnectionString"/> owns the tables and is used only to migrate, grant and
/// seed; <see cref="AppConnectionString"/> is a role that owns nothing, so row-level security applies to every request.
/// </summary>
public sealed class PortalDatabaseOptions
{
    public string OwnerConnectionString { get; set; } = "";
    public string AppConnectionString { get; set; } = "";
}
