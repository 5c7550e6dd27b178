using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Forms;

/// <summary>
/// 申报表版本: one version of a category's form. Versions are never rewritten: a change makes a new version,
/// and an application keeps the version it was started on.
/// </summary>
public sealed class FormDefinition : ITenantOwned
{
    private FormDefinition() { }

    public FormDefinition(Guid tenantId, Guid categoryId, int version, FormSchema schema, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        CategoryId = categoryId;
        Version = version;
        Schema = schema;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid CategoryId { get; private set; }
    public int Version { get; private set; }
    public FormSchema Schema { get; private set; } = new();
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Rewrites this version: only while its call is a draft, which <see cref="Calls.GrantCategory.ReviseForm"/> ensures.</summary>
    internal void Replace(FormSchema schema) => Schema = schema;
}
