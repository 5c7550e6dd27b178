using GrantPortal.Domain.Forms;

namespace GrantPortal.Infrastructure.Documents;

/// <summary>
/// Everything the printed form shows of one submitted version: the call, category and applicant it belongs to, the
/// submission's answers on the form version they were given in, and the code with the address that verifies it.
/// </summary>
public sealed record ApplicationPdfModel
{
    public required string AssociationName { get; init; }
    public required string CallTitle { get; init; }
    public required string CategoryCode { get; init; }
    public required string CategoryName { get; init; }
    public required string OrganizationName { get; init; }
    public required string Number { get; init; }
    public required int Version { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
    public required string Title { get; init; }
    public decimal? RequestedAmount { get; init; }
    /// <summary>The stored code (16 characters, no separators).</summary>
    public required string VerificationCode { get; init; }
    /// <summary>The address the QR code encodes: {PublicBaseUrl}/verify/{code}.</summary>
    public required string VerifyUrl { get; init; }
    public required FormSchema Schema { get; init; }
    public required IReadOnlyDictionary<string, string> Values { get; init; }
    /// <summary>Names of the uploaded files, by stored file id (the value of a file field).</summary>
    public IReadOnlyDictionary<string, string> FileNames { get; init; } = new Dictionary<string, string>();
}
