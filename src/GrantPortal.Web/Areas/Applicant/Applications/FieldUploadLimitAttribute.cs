using GrantPortal.Domain.Forms;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Web.Infrastructure;
using GrantPortal.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Web.Areas.Applicant.Applications;

/// <summary>
/// The size limit of one file field (its 最大 MB, at most <see cref="ApplicationsController.MaxUploadBytes"/>), applied
/// before anything reads the body — before the antiforgery check reads the form: a body declared larger is refused
/// with 413 unread, and Kestrel reads no more than the field allows (plus room for the form's other parts).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FieldUploadLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>Room for the multipart boundaries, headers, the token and the revision.</summary>
    public const long FormOverhead = 64 * 1024;

    /// <summary>
    /// Before the global antiforgery filter (order 1000) reads the form, and after <c>[RequestSizeLimit]</c>'s own
    /// filter (order 900), which would otherwise raise the limit back to the largest any field allows: a chunked body
    /// (no declared length) would then be read far past this field's limit.
    /// </summary>
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (http.User.OrganizationId() is not { } organizationId
            || !Guid.TryParse(context.RouteData.Values["applicationId"]?.ToString(), out var applicationId)
            || context.RouteData.Values["fieldKey"]?.ToString() is not { } fieldKey)
        {
            return;
        }
        var db = http.RequestServices.GetRequiredService<PortalDbContext>();
        var formId = await db.Applications.AsNoTracking()
            .Where(a => a.Id == applicationId && a.OrganizationId == organizationId)
            .Select(a => (Guid?)a.FormDefinitionId)
            .SingleOrDefaultAsync(http.RequestAborted);
        var form = formId is null ? null : await db.Forms.AsNoTracking().SingleOrDefaultAsync(f => f.Id == formId, http.RequestAborted);
        var field = form?.Schema.AllFields().FirstOrDefault(f => f.Key == fieldKey && f.Type == FieldType.File);
        if (field is null)
        {
            return; // the action answers 404
        }
        var maxBytes = MaxBytes(field);
        var limit = maxBytes + FormOverhead;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
        if (http.Request.ContentLength > limit)
        {
            http.Response.Headers.Connection = "close";
            context.Result = TooLarge.WantsJson(http.Request)
                ? new JsonResult(new { message = TooLarge.Message(http, maxBytes) }) { StatusCode = StatusCodes.Status413PayloadTooLarge }
                : new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        }
    }

    /// <summary>The field's own limit in bytes (50 MB when it names none, never more).</summary>
    public static long MaxBytes(FormField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return (long)Math.Min(field.MaxSizeMb ?? 50, 50) * 1024 * 1024;
    }
}
