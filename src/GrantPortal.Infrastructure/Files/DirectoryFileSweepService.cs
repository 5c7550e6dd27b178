using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GrantPortal.Infrastructure.Files;

/// <summary>
/// Runs <see cref="DirectoryFileSweeper"/> every <see cref="FileSweepOptions.Interval"/> (the first round one interval
/// after start, so a starting instance is not slowed). Several instances may sweep the same directory: a file already
/// removed by another is simply gone.
/// </summary>
public sealed class DirectoryFileSweepService(DirectoryFileSweeper sweeper, ILogger<DirectoryFileSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(sweeper.Options.Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await sweeper.SweepAsync(dryRun: false, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
#pragma warning disable CA1031 // the worker outlives any one failure (database restarting, a directory briefly unmounted): log it, try next round
                catch (Exception e)
#pragma warning restore CA1031
                {
                    logger.LogError(e, "File store sweep failed");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
