namespace GrantPortal.Infrastructure.Reviews;

/// <summary>An application in expert review as the panel pages list it.</summary>
public sealed record ReviewedApplicationRow(Guid Id, Guid CategoryId, string? Number, string Title, string OrganizationName);
