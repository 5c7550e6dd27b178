namespace GrantPortal.Infrastructure.Data;

/// <summary>
/// The SQL that puts a tenant-owned table behind PostgreSQL row-level security (the second wall behind the EF tenant
/// filter): the app's role sees and writes only rows of the tenant its connection names (app.tenant_id).
/// Migrations call it for every new table with a tenant_id column; a test checks that none is missed.
/// </summary>
public static class RowLevelSecurity
{
    public static string TenantIsolation(string table)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        return $"""
            ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
            CREATE POLICY tenant_isolation ON {table}
                USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
            """;
    }
}
