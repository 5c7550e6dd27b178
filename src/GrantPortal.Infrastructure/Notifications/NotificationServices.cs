using GrantPortal.Infrastructure.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// In the namespace of AddPortalInfrastructure, so Program.cs needs no new using.
namespace GrantPortal.Infrastructure;

public static class NotificationServices
{
    /// <summary>The notifier, and the outbox sender as a hosted service; <paramref name="settings"/> is the GrantPortal section (Smtp, Outbox).</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.Configure<SmtpOptions>(settings.GetSection("Smtp"));
        services.Configure<OutboxOptions>(settings.GetSection("Outbox"));
        services.AddScoped<Notifier>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        return services;
    }
}
