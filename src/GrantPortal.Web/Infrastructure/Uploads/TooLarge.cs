using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Infrastructure.Uploads;

/// <summary>The refusal of a body or file over its limit, in the request's language.</summary>
public static class TooLarge
{
    public static bool WantsJson(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"文件超过 N MB" (rounded down, at least 1).</summary>
    public static string Message(HttpContext context, long limitBytes)
    {
        ArgumentNullException.ThrowIfNull(context);
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        return l["文件超过 {0} MB", Math.Max(1, limitBytes / 1024 / 1024)].Value;
    }
}
