namespace GrantPortal.Infrastructure.Documents.Exports;

/// <summary>One application in an export: a row of index.csv and a sealed PDF in the ZIP.</summary>
public sealed record ExportItem(
    Guid ApplicationId, string Number, string CategoryCode, string CategoryName, string Title, string OrganizationName,
    int Version, DateTimeOffset SubmittedAt, string VerificationCode);
