using System.Xml.Linq;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GrantPortal.Infrastructure.Data.DataProtectionKeys;

/// <summary>
/// The data-protection key ring in PostgreSQL (table data_protection_keys), so every app instance behind one address
/// reads the same keys: a sign-in cookie or an antiforgery token made by one instance is accepted by the others.
/// The key manager calls it synchronously and outside requests (at start-up, then about once a day), so each call
/// uses its own short-lived context on the app role's connection pool, as the system (the table has no tenant).
/// </summary>
public sealed class PostgresXmlRepository(NpgsqlDataSource dataSource, TimeProvider time) : IXmlRepository
{
    private readonly DbContextOptions<PortalDbContext> _options = new DbContextOptionsBuilder<PortalDbContext>().UseNpgsql(dataSource).Options;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = CreateContext();
        return db.DataProtectionKeys.AsNoTracking()
            .OrderBy(k => k.CreatedAt).ThenBy(k => k.Id)
            .Select(k => k.Xml)
            .AsEnumerable()
            .Select(xml => XElement.Parse(xml))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var db = CreateContext();
        db.DataProtectionKeys.Add(new DataProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting), time.GetUtcNow()));
        db.SaveChanges();
    }

    private PortalDbContext CreateContext() => new(_options, TenantContext.System());
}
