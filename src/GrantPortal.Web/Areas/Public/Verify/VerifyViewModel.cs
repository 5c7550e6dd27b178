using GrantPortal.Infrastructure.Documents;

namespace GrantPortal.Web.Areas.Public.Verify;

/// <summary>The verify page: what was typed or scanned, the code it reads as, and the submission found for it (null: none).</summary>
public sealed record VerifyViewModel(string? Input, string? Code, VerifiedDocument? Document);
