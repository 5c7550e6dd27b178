using GrantPortal.Domain.Agreements;

namespace GrantPortal.Infrastructure.Documents.Agreements;

/// <summary>What the PDF of one agreement version shows.</summary>
public sealed record TaskAgreementPdfModel(
    string AssociationName,
    AgreementContent Content,
    int Version,
    string VerificationCode,
    string VerifyUrl,
    DateTimeOffset Date,
    string? AmendmentReason,
    DateTimeOffset? CountersignedAt);
