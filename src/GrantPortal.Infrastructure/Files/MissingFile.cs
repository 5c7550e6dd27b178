namespace GrantPortal.Infrastructure.Files;

/// <summary>A <c>stored_files</c> row whose bytes are nowhere: not in the directory store, not in PostgreSQL.</summary>
public sealed record MissingFile(string Tenant, Guid FileId, string ExpectedPath);
