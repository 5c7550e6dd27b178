namespace GrantPortal.Domain.Acceptance;

/// <summary>An uploaded file of an acceptance item (the bytes are a StoredFile of the organisation).</summary>
public sealed record AcceptanceFile(Guid FileId, string Name, long Size, string ContentType);
