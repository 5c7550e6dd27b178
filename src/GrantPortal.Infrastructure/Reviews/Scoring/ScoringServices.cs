using GrantPortal.Infrastructure.Reviews.Scoring;
using Microsoft.Extensions.DependencyInjection;

// In the namespace of AddPortalInfrastructure, so Program.cs needs no new using.
namespace GrantPortal.Infrastructure;

public static class ScoringServices
{
    /// <summary>Review forms, score sheets, the scores report, and the review reminders as a hosted service (needs AddNotifications).</summary>
    public static IServiceCollection AddReviewScoring(this IServiceCollection services)
    {
        services.AddScoped<ReviewFormStore>();
        services.AddScoped<ScoreSheets>();
        services.AddScoped<ReviewScoresReport>();
        services.AddScoped<ReviewReminders>();
        services.AddSingleton<ReviewReminderSender>();
        services.AddHostedService(sp => sp.GetRequiredService<ReviewReminderSender>());
        return services;
    }
}
