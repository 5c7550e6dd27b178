using System.Diagnostics;
using System.Security.Claims;
using GrantPortal.Infrastructure.Tenancy;

namespace GrantPortal.Web.Infrastructure;

/// <summary>
/// One line per request: method, path (never the query string, which may carry personal data), status, duration,
/// tenant and user id.
/// </summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, TenantContext tenant)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var user = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "-";
            var level = context.Response.StatusCode >= 500 ? LogLevel.Error : LogLevel.Information;
            logger.Log(level, "HTTP {Method} {Path} {StatusCode} {Elapsed:0.0} ms tenant={Tenant} user={User}",
                context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, elapsed,
                tenant.Association?.Identifier ?? "-", user);
        }
    }
}
