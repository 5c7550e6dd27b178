namespace GrantPortal.Infrastructure.Documents;

/// <summary>A rendered application PDF, the file name to offer (Chinese allowed) and what it carries on every page.</summary>
public sealed record RenderedPdf(byte[] Content, string FileName, string ApplicationNumber, int Version, string VerificationCode);
