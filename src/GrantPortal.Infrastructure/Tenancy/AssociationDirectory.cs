using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.Infrastructure.Tenancy;

/// <summary>The associations by URL identifier, read once and kept: they change only with a deployment.</summary>
public sealed class AssociationDirectory(IServiceScopeFactory scopes)
{
    private IReadOnlyDictionary<string, Association>? _byIdentifier;

    public async Task<IReadOnlyDictionary<string, Association>> AllAsync(CancellationToken cancellationToken = default)
    {
        if (_byIdentifier is { } cached)
        {
            return cached;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var all = await db.Associations.AsNoTracking().OrderBy(a => a.Identifier).ToListAsync(cancellationToken);
        var byIdentifier = all.ToDictionary(a => a.Identifier, StringComparer.OrdinalIgnoreCase);
        if (byIdentifier.Count > 0)
        {
            _byIdentifier = byIdentifier;
        }
        return byIdentifier;
    }

    public async Task<Association?> FindAsync(string identifier, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).GetValueOrDefault(identifier);
}
