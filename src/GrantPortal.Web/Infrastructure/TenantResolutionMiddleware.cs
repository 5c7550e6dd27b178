using GrantPortal.Infrastructure.Tenancy;

namespace GrantPortal.Web.Infrastructure;

/// <summary>
/// The tenant comes from the first URL segment (/{tenant}/…): an unknown one is a 404 before anything else runs.
/// Runs after routing, so only endpoints declaring a {tenant} route value are tenant-scoped.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, AssociationDirectory directory, TenantContext tenant)
    {
        if (context.GetRouteValue("tenant") is string identifier)
        {
            var association = await directory.FindAsync(identifier, context.RequestAborted);
            if (association is null || !string.Equals(association.Identifier, identifier, StringComparison.Ordinal))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            tenant.SetTenant(association);
            context.Items[typeof(GrantPortal.Domain.Tenancy.Association)] = association;
        }
        await next(context);
    }
}
