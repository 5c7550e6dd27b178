namespace GrantPortal.Infrastructure.Data.DataProtectionKeys;

/// <summary>
/// One element of the ASP.NET Core data-protection key ring (a key or a revocation), as the key manager wrote it.
/// Shared by every app instance, so a cookie or antiforgery token made by one is read by the others. Rows are only
/// added: the key manager expires and revokes keys by writing new elements, never by changing old ones.
/// </summary>
public sealed class DataProtectionKey
{
    public const int FriendlyNameMaxLength = 200;

    private DataProtectionKey() { }

    public DataProtectionKey(string? friendlyName, string xml, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(xml);
        Id = Guid.CreateVersion7();
        FriendlyName = friendlyName is { Length: > FriendlyNameMaxLength } ? friendlyName[..FriendlyNameMaxLength] : friendlyName;
        Xml = xml;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The key manager's name for the element (e.g. "key-{guid}"), for people reading the table.</summary>
    public string? FriendlyName { get; private set; }

    /// <summary>The element as XML text.</summary>
    public string Xml { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }
}
