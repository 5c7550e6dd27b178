using GrantPortal.Domain.Common;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GrantPortal.Infrastructure.Notices;

/// <summary>
/// 公示期满自动立项: once a minute, for each association in turn (its own scope and tenant, so the query filter and
/// row-level security apply), finalises the notices that have closed with no pending objection. Staff may do the same
/// earlier with the button; whoever comes second is refused and changes nothing.
/// </summary>
public sealed class NoticeFinaliser(IServiceScopeFactory scopes, AssociationDirectory associations, ILogger<NoticeFinaliser> logger) : BackgroundService
{
    /// <summary>The name the awards and applications record as who finalised.</summary>
    public const string SystemName = "系统（公示期满自动立项）";

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the worker outlives any one failure (database restarting): log it and try again next round
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogError(e, "Notice finalising round failed");
            }
            try
            {
                await Task.Delay(Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One round over every association; returns how many notices it finalised.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var finalised = 0;
        foreach (var association in (await associations.AllAsync(cancellationToken)).Values)
        {
            List<Guid> due;
            await using (var scope = scopes.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
                due = await scope.ServiceProvider.GetRequiredService<NoticeService>().DueAsync(cancellationToken);
            }
            foreach (var noticeId in due)
            {
                // One scope per notice: a refusal of one leaves nothing tracked for the next.
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
                try
                {
                    var awards = await scope.ServiceProvider.GetRequiredService<NoticeService>().FinaliseAsync(noticeId, null, SystemName, cancellationToken);
                    finalised++;
                    logger.LogInformation("Notice {NoticeId} ({Tenant}) finalised by itself: {Count} awards", noticeId, association.Identifier, awards.Count);
                }
                catch (DomainException e)
                {
                    logger.LogInformation("Notice {NoticeId} ({Tenant}) not finalised: {Code}", noticeId, association.Identifier, e.Code);
                }
            }
        }
        return finalised;
    }
}
