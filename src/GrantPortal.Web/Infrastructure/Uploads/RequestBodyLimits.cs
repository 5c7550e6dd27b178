using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace GrantPortal.Web.Infrastructure.Uploads;

/// <summary>
/// Request bodies are limited before anything reads them: every endpoint gets the limit its metadata names
/// (<c>[RequestSizeLimit]</c> on upload actions) or the default for forms (<see cref="DefaultMaxBytes"/>, setting
/// GrantPortal:Uploads:MaxFormBytes). A body declared larger (Content-Length) is refused at once with 413 and the
/// Chinese status page, unread, and the connection closed; a body that turns out larger while read (chunked) makes
/// Kestrel stop reading, and the same 413 is answered — also when the reader (the antiforgery check, model binding)
/// caught Kestrel's refusal and answered something else. Filters may lower the limit further
/// (<c>FieldUploadLimitAttribute</c>); the refusal names the limit in force.
/// </summary>
public sealed class RequestBodyLimits(RequestDelegate next, long defaultMaxBytes)
{
    /// <summary>Forms without a file: 2 MB is far more than the longest application form sends.</summary>
    public const long DefaultMaxBytes = 2 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            // The status page re-executing a refused request: its body is not read again. Model binding would try to
            // (the form value provider), meet Kestrel's limit and leave the page's code unbound: a 500 for a 413.
            context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
            await next(context);
            return;
        }
        var limit = LimitOf(context);
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }
        if (context.Request.ContentLength > limit)
        {
            await RefuseAsync(context, limit);
            return;
        }
        // A body of no declared length (chunked) is watched while read; a request without a body is not.
        var chunked = context.Request.ContentLength is null && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true;
        var watch = chunked && feature is not null ? new OverLimitWatch(context.Request.Body) : null;
        if (watch is not null)
        {
            context.Request.Body = watch;
        }
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await RefuseAgainAsync(context, feature?.MaxRequestBodySize ?? limit);
            return;
        }
        if (watch is { Exceeded: true } && !context.Response.HasStarted)
        {
            await RefuseAgainAsync(context, feature?.MaxRequestBodySize ?? limit);
        }
    }

    /// <summary>413 in place of what was about to be answered (nothing sent yet); the headers already set stay.</summary>
    private static Task RefuseAgainAsync(HttpContext context, long limit)
    {
        context.Response.Headers.ContentType = default;
        context.Response.ContentLength = null;
        return RefuseAsync(context, limit);
    }

    /// <summary>The limit of this request's endpoint, or the default; null metadata (DisableRequestSizeLimit) means the default too.</summary>
    public long LimitOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? defaultMaxBytes;
    }

    /// <summary>
    /// 413 with the connection closed, so the rest of the body is never read: to scripts (Accept: application/json) a
    /// JSON message, else the status page (<c>/error/413</c>).
    /// </summary>
    public static async Task RefuseAsync(HttpContext context, long limit)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.Headers.Connection = "close";
        if (TooLarge.WantsJson(context.Request))
        {
            await context.Response.WriteAsJsonAsync(new { message = TooLarge.Message(context, limit) });
        }
    }
}
