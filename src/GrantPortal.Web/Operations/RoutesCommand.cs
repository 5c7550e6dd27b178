using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GrantPortal.Web.Operations;

/// <summary>
/// `routes`: every controller route of the app, one a line, tab-separated: method, template (leading slash), the query
/// parameters a GET binds (comma-separated, "-" for none) and who may call it as the attributes say ("anonymous",
/// "signed-in" or the roles). Read by scripts/sqlmap.sh; needs no database.
/// </summary>
public static class RoutesCommand
{
    private static readonly Type[] SimpleTypes =
        [typeof(string), typeof(Guid), typeof(int), typeof(long), typeof(bool), typeof(decimal), typeof(DateOnly), typeof(DateTime), typeof(DateTimeOffset)];

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        foreach (var line in Lines(services.GetRequiredService<IActionDescriptorCollectionProvider>()))
        {
            await output.WriteLineAsync(line);
        }
        return 0;
    }

    /// <summary>The lines, sorted by template then method.</summary>
    public static IReadOnlyList<string> Lines(IActionDescriptorCollectionProvider provider) =>
        provider.ActionDescriptors.Items.OfType<ControllerActionDescriptor>()
            .Where(a => a.AttributeRouteInfo?.Template is not null)
            .SelectMany(a => Methods(a).Select(m => string.Join('\t', m, "/" + a.AttributeRouteInfo!.Template, m == "GET" ? Query(a) : "-", Access(a))))
            .Distinct()
            .OrderBy(l => l.Split('\t')[1], StringComparer.Ordinal).ThenBy(l => l, StringComparer.Ordinal)
            .ToList();

    private static List<string> Methods(ControllerActionDescriptor action) =>
        action.ActionConstraints?.OfType<HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods).ToList() is { Count: > 0 } methods
            ? methods
            : ["GET", "POST"];

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsEnum || SimpleTypes.Contains(t);
    }

    private static string Query(ControllerActionDescriptor action)
    {
        var template = action.AttributeRouteInfo!.Template!;
        var names = new List<string>();
        foreach (var parameter in action.Parameters)
        {
            var source = parameter.BindingInfo?.BindingSource;
            if (parameter.ParameterType == typeof(CancellationToken) || template.Contains("{" + parameter.Name, StringComparison.Ordinal)
                || (source is not null && source != BindingSource.Query && source != BindingSource.ModelBinding))
            {
                continue;
            }
            if (IsSimple(parameter.ParameterType))
            {
                names.Add(parameter.BindingInfo?.BinderModelName ?? parameter.Name);
            }
            else if (source == BindingSource.Query)
            {
                names.AddRange(parameter.ParameterType.GetProperties().Where(p => p.CanWrite && IsSimple(p.PropertyType)).Select(p => p.Name));
            }
        }
        return names.Count == 0 ? "-" : string.Join(',', names);
    }

    /// <summary>Who may call the action by its attributes: action and controller [Authorize] both apply; [AllowAnonymous] opens it.</summary>
    public static string Access(ControllerActionDescriptor action)
    {
        var attributes = action.ControllerTypeInfo.GetCustomAttributes(true).Concat(action.MethodInfo.GetCustomAttributes(true)).ToList();
        if (attributes.OfType<IAllowAnonymous>().Any())
        {
            return "anonymous";
        }
        var authorize = attributes.OfType<IAuthorizeData>().ToList();
        if (authorize.Count == 0)
        {
            return "anonymous";
        }
        // Every attribute must pass: the roles allowed are the intersection of those that name roles.
        var roleSets = authorize.Where(a => !string.IsNullOrEmpty(a.Roles))
            .Select(a => a.Roles!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal))
            .ToList();
        if (roleSets.Count == 0)
        {
            return "signed-in";
        }
        var roles = roleSets.Skip(1).Aggregate(roleSets[0], (all, next) => all.Intersect(next, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal));
        return string.Join(',', roles.Order(StringComparer.Ordinal));
    }
}
