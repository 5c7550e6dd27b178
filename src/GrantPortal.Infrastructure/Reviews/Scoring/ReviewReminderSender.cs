using GrantPortal.Infrastructure.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GrantPortal.Infrastructure.Reviews.Scoring;

/// <summary>
/// Runs the review reminders (<see cref="ReviewReminders"/>) of every association every few minutes. Safe with several
/// app instances: each reminder is claimed by a unique insert, so whichever instance gets there first sends it.
/// </summary>
public sealed class ReviewReminderSender(IServiceScopeFactory scopes, AssociationDirectory associations, TimeProvider time, ILogger<ReviewReminderSender> logger)
    : BackgroundService
{
    /// <summary>How often the reminders are looked for.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, time, stoppingToken);
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the sender outlives any one failure (database restarting, a bad row): log it and try again next round
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogError(e, "Review reminder round failed");
            }
        }
    }

    /// <summary>One round over every association; returns how many reminders this instance sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var association in (await associations.AllAsync(cancellationToken)).Values)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
            sent += await scope.ServiceProvider.GetRequiredService<ReviewReminders>().RunAsync(cancellationToken);
        }
        if (sent > 0)
        {
            logger.LogInformation("Sent {Count} review reminders", sent);
        }
        return sent;
    }
}
