using GrantPortal.Infrastructure.Documents;
using GrantPortal.Infrastructure.Documents.Agreements;

namespace GrantPortal.Web.Areas.Public.Verify;

/// <summary>The verify page: what was typed or scanned, the code it reads as, and the submission or task agreement found for it (null: none).</summary>
public sealed record VerifyViewModel(string? Input, string? Code, VerifiedDocument? Document, VerifiedAgreement? Agreement = null);
