using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GrantPortal.Web.Infrastructure;

public static class IdentityResultExtensions
{
    /// <summary>Identity's refusals next to the fields they concern: password rules on the password, the rest on the e-mail.</summary>
    public static void AddIdentityErrors(this ModelStateDictionary modelState, IdentityResult result, string passwordField, string emailField)
    {
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField : emailField, error.Description);
        }
    }
}
