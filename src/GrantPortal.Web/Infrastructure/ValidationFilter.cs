using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Infrastructure;

/// <summary>
/// Runs the FluentValidation validator of every bound form (the DI and ASP.NET Core integration packages are not
/// available) and puts its messages, in the user's language, into ModelState next to each field.
/// </summary>
public sealed class ValidationFilter(IServiceProvider services, IStringLocalizer<SharedResource> localizer) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        foreach (var argument in context.ActionArguments.Values)
        {
            if (argument is null || services.GetService(typeof(IValidator<>).MakeGenericType(argument.GetType())) is not IValidator validator)
            {
                continue;
            }
            var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
            foreach (var error in result.Errors)
            {
                context.ModelState.AddModelError(error.PropertyName, localizer[error.ErrorMessage]);
            }
        }
        await next();
    }

    public static IServiceCollection AddValidators(IServiceCollection services)
    {
        var validators = typeof(ValidationFilter).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)).Select(i => (Service: i, Implementation: t)));
        foreach (var (service, implementation) in validators)
        {
            services.AddScoped(service, implementation);
        }
        return services;
    }
}
