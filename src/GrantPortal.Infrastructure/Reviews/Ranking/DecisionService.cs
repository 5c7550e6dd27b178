using GrantPortal.Domain.Common;
using GrantPortal.Domain.Reviews;
using GrantPortal.Domain.Reviews.Ranking;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Reviews.Ranking;

/// <summary>
/// 评审委员会决定: starts a call's decision from its allocation, records each change (with the change log entry in the
/// same transaction) and confirms it. The decision's version is the concurrency token: a change posted from an older
/// version, or racing another save, is a <see cref="DecisionOutcomeStatus.Conflict"/>.
/// </summary>
public sealed class DecisionService(PortalDbContext db, RankingService rankings, TimeProvider time)
{
    /// <summary>Starts the decision from the current allocation; a call has at most one decision.</summary>
    public async Task<DecisionOutcome> StartAsync(Guid callId, RankingOptions options, CallEditAuthor author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(author);
        var snapshot = await rankings.LoadAsync(callId, options, cancellationToken);
        if (snapshot is null)
        {
            return DecisionOutcome.NotFound;
        }
        if (snapshot.Decision is not null)
        {
            return new DecisionOutcome(DecisionOutcomeStatus.Conflict);
        }
        var (decision, change) = PanelDecision.Start(snapshot.Call.TenantId, snapshot.Ranking, author.UserId, author.Name, time.GetUtcNow());
        db.PanelDecisions.Add(decision);
        db.DecisionChanges.Add(change);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another member of staff started it at the same moment (unique call id).
            db.ChangeTracker.Clear();
            return new DecisionOutcome(DecisionOutcomeStatus.Conflict);
        }
        return DecisionOutcome.Saved;
    }

    /// <summary>Changes one application's line (approved, amount) with a reason.</summary>
    public Task<DecisionOutcome> ChangeAsync(
        Guid callId, Guid applicationId, bool approved, decimal? amount, string reason, int expectedVersion, CallEditAuthor author,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(author);
        return SaveAsync(callId, (decision, limits, now) =>
            decision.Change(applicationId, approved, amount, reason, expectedVersion, limits, author.UserId, author.Name, now), cancellationToken);
    }

    /// <summary>Confirms (locks) the decision.</summary>
    public Task<DecisionOutcome> ConfirmAsync(Guid callId, int expectedVersion, CallEditAuthor author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(author);
        return SaveAsync(callId, (decision, limits, now) => decision.Confirm(expectedVersion, limits, author.UserId, author.Name, now), cancellationToken);
    }

    /// <summary>The decision's change log, newest first.</summary>
    public async Task<IReadOnlyList<DecisionChange>> HistoryAsync(Guid decisionId, CancellationToken cancellationToken = default) =>
        await db.DecisionChanges.AsNoTracking()
            .Where(c => c.DecisionId == decisionId)
            .OrderByDescending(c => c.Version).ThenByDescending(c => c.At)
            .ToListAsync(cancellationToken);

    private async Task<DecisionOutcome> SaveAsync(
        Guid callId, Func<PanelDecision, DecisionLimits, DateTimeOffset, DecisionChange> change, CancellationToken cancellationToken)
    {
        var decision = await db.PanelDecisions.Include(d => d.Lines).SingleOrDefaultAsync(d => d.CallId == callId, cancellationToken);
        if (decision is null)
        {
            return DecisionOutcome.NotFound;
        }
        var snapshot = await rankings.LoadAsync(callId, RankingOptions.Default with { Normalise = decision.Normalised }, cancellationToken);
        if (snapshot is null)
        {
            return DecisionOutcome.NotFound;
        }
        try
        {
            db.DecisionChanges.Add(change(decision, DecisionLimits.From(snapshot.Ranking), time.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
            return DecisionOutcome.Saved;
        }
        catch (DomainException e) when (e.Code == "decision.stale")
        {
            db.ChangeTracker.Clear();
            return new DecisionOutcome(DecisionOutcomeStatus.Conflict, e);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return new DecisionOutcome(DecisionOutcomeStatus.Refused, e);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new DecisionOutcome(DecisionOutcomeStatus.Conflict);
        }
    }
}
