using GrantPortal.Domain.Applications;
using GrantPortal.Infrastructure.Documents;
using GrantPortal.Infrastructure.Documents.Agreements;
using Microsoft.AspNetCore.Mvc;

namespace GrantPortal.Web.Areas.Public.Verify;

/// <summary>
/// 申报书校验: anyone holding a printed or scanned application form checks its code (typed, or the QR code's address):
/// which call, category, project and applicant it belongs to, and whether it is still the latest version. Public, for
/// every association; an unknown or malformed code answers 404.
/// </summary>
[Area("Public")]
public sealed class VerifyController(VerificationLookup lookup, AgreementVerificationLookup agreements) : Controller
{
    /// <summary>The form to type a code; with <paramref name="code"/> (the form's GET) it goes to that code's page.</summary>
    [HttpGet("/verify")]
    public IActionResult Index(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return View(new VerifyViewModel(null, null, null));
        }
        var normalized = VerificationCode.Normalize(code);
        return normalized is null ? NotFoundPage(code) : LocalRedirect($"/verify/{normalized}");
    }

    [HttpGet("/verify/{code}")]
    public async Task<IActionResult> Show(string code, CancellationToken cancellationToken)
    {
        var normalized = VerificationCode.Normalize(code);
        var document = normalized is null ? null : await lookup.FindAsync(normalized, cancellationToken);
        // A task agreement's code (issue 7) when no application carries it.
        var agreement = document is null && normalized is not null ? await agreements.FindAsync(normalized, cancellationToken) : null;
        if (document is null && agreement is null)
        {
            return NotFoundPage(code);
        }
        Response.Headers.CacheControl = "no-store";
        return View("Index", new VerifyViewModel(code, normalized, document, agreement));
    }

    private ViewResult NotFoundPage(string input)
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("Index", new VerifyViewModel(input, VerificationCode.Normalize(input), null));
    }
}
