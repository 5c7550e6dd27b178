using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GrantPortal.Infrastructure.Awards;

/// <summary>
/// 拨付与追回: the one way money moves on an award. Each payment, recovery or cancellation changes the award (with the
/// version staff saw) and writes its line of the append-only payment journal in the same transaction; a voucher number
/// already booked in the association is refused (checked first, and by a unique index against a race).
/// </summary>
public sealed class AwardPayments(PortalDbContext db, TimeProvider time)
{
    /// <summary>The award of the current association with its tranches and recoveries; null when none.</summary>
    public Task<Award?> LoadAsync(Guid awardId, CancellationToken cancellationToken) =>
        db.Awards.Include(a => a.Tranches).Include(a => a.Recoveries).SingleOrDefaultAsync(a => a.Id == awardId, cancellationToken);

    /// <summary>The award's journal, oldest first.</summary>
    public async Task<IReadOnlyList<PaymentEntry>> JournalAsync(Guid awardId, CancellationToken cancellationToken) =>
        await db.PaymentEntries.AsNoTracking().Where(e => e.AwardId == awardId).OrderBy(e => e.RecordedAt).ThenBy(e => e.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// 拨付 tranche <paramref name="number"/> of the award. <paramref name="openedAt"/> is when the staff member opened
    /// the page: a stale version answers with what happened since.
    /// </summary>
    public Task<PaymentOutcome> PayAsync(
        Guid awardId, int number, DateOnly paidOn, string voucherNumber, int expectedVersion, Guid? userId, string userName, DateTimeOffset? openedAt,
        CancellationToken cancellationToken) =>
        ChangeAsync(awardId, expectedVersion, openedAt, voucherNumber, PaymentKind.Payment, award =>
        {
            var tranche = award.RecordPayment(number, paidOn, voucherNumber, expectedVersion, userId, userName, time.GetUtcNow());
            return [PaymentEntry.Payment(award, tranche)];
        }, cancellationToken);

    /// <summary>追回: money of a terminated award that came back.</summary>
    public Task<PaymentOutcome> RecoverAsync(
        Guid awardId, decimal amount, DateOnly receivedOn, string voucherNumber, int expectedVersion, Guid? userId, string userName, DateTimeOffset? openedAt,
        CancellationToken cancellationToken) =>
        ChangeAsync(awardId, expectedVersion, openedAt, voucherNumber, PaymentKind.Recovery, award =>
        {
            var recovery = award.RecordRecovery(amount, receivedOn, voucherNumber, expectedVersion, userId, userName, time.GetUtcNow());
            return [PaymentEntry.Recovery(award, recovery)];
        }, cancellationToken);

    /// <summary>
    /// 终止: for the clawback (验收不通过 / 未完成) — the award is terminated and every tranche it cancels goes into the
    /// journal as a cancellation. Whoever terminates an award should go through here so the journal stays complete.
    /// </summary>
    public Task<PaymentOutcome> TerminateAsync(
        Guid awardId, string reason, decimal toRecover, int expectedVersion, Guid? userId, string userName, DateTimeOffset? openedAt,
        CancellationToken cancellationToken) =>
        ChangeAsync(awardId, expectedVersion, openedAt, null, PaymentKind.Cancellation, award =>
        {
            var open = award.Tranches.Where(t => t.Status is TrancheStatus.Planned or TrancheStatus.Due).Select(t => t.Number).ToHashSet();
            award.Terminate(reason, toRecover, expectedVersion, time.GetUtcNow());
            return [.. award.Tranches.Where(t => open.Contains(t.Number)).Select(t => PaymentEntry.Cancellation(award, t, userId, userName))];
        }, cancellationToken);

    /// <summary>Where <paramref name="voucherNumber"/> was already booked as a <paramref name="kind"/> in this association; null when never.</summary>
    public async Task<VoucherUse?> VoucherUsedAsync(string voucherNumber, PaymentKind kind, CancellationToken cancellationToken)
    {
        var voucher = voucherNumber.Trim();
        var entry = await db.PaymentEntries.AsNoTracking()
            .Where(e => e.Kind == kind && e.VoucherNumber == voucher)
            .Select(e => new { e.AwardId, e.TrancheNumber })
            .FirstOrDefaultAsync(cancellationToken);
        if (entry is null && kind == PaymentKind.Payment)
        {
            // Payments recorded on the award before the journal existed.
            entry = await db.AwardTranches.AsNoTracking()
                .Where(t => t.VoucherNumber == voucher)
                .Select(t => new { t.AwardId, TrancheNumber = (int?)t.Number })
                .FirstOrDefaultAsync(cancellationToken);
        }
        if (entry is null && kind == PaymentKind.Recovery)
        {
            entry = await db.AwardRecoveries.AsNoTracking()
                .Where(r => r.VoucherNumber == voucher)
                .Select(r => new { r.AwardId, TrancheNumber = (int?)null })
                .FirstOrDefaultAsync(cancellationToken);
        }
        if (entry is null)
        {
            return null;
        }
        var number = await db.Awards.AsNoTracking().Where(a => a.Id == entry.AwardId).Select(a => a.ApplicationNumber).SingleOrDefaultAsync(cancellationToken);
        return new VoucherUse(entry.AwardId, number ?? "", entry.TrancheNumber);
    }

    private async Task<PaymentOutcome> ChangeAsync(
        Guid awardId, int expectedVersion, DateTimeOffset? openedAt, string? voucherNumber, PaymentKind kind, Func<Award, IReadOnlyList<PaymentEntry>> change,
        CancellationToken cancellationToken)
    {
        var award = await LoadAsync(awardId, cancellationToken);
        if (award is null)
        {
            return PaymentOutcome.NotFound;
        }
        if (award.Version != expectedVersion)
        {
            return await StaleAsync(award, openedAt, cancellationToken);
        }
        if (!string.IsNullOrWhiteSpace(voucherNumber) && await VoucherUsedAsync(voucherNumber, kind, cancellationToken) is { } used)
        {
            return new PaymentOutcome(PaymentStatus.DuplicateVoucher, Voucher: used);
        }
        IReadOnlyList<PaymentEntry> entries;
        try
        {
            entries = change(award);
        }
        catch (DomainException error)
        {
            return new PaymentOutcome(PaymentStatus.Refused, error);
        }
        db.PaymentEntries.AddRange(entries);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await LoadAsync(awardId, cancellationToken);
            return current is null ? PaymentOutcome.NotFound : await StaleAsync(current, openedAt, cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: PaymentEntryConfiguration.VoucherIndex })
        {
            db.ChangeTracker.Clear();
            return new PaymentOutcome(PaymentStatus.DuplicateVoucher, Voucher: await VoucherUsedAsync(voucherNumber!, kind, cancellationToken));
        }
        return PaymentOutcome.Done;
    }

    private async Task<PaymentOutcome> StaleAsync(Award award, DateTimeOffset? openedAt, CancellationToken cancellationToken)
    {
        // PostgreSQL keeps microseconds: compare at that precision, or a change made at the very instant would be missed.
        var since = openedAt is { } opened ? new DateTimeOffset(opened.UtcTicks - opened.UtcTicks % 10, TimeSpan.Zero) : DateTimeOffset.MinValue;
        var events = new List<AwardEvent>();
        events.AddRange((await JournalAsync(award.Id, cancellationToken)).Where(e => e.RecordedAt >= since).Select(e => new AwardEvent(e.RecordedAt, e, null, false)));
        void Milestone(DateTimeOffset? at, DisbursementMilestone milestone)
        {
            if (at is { } value && value >= since)
            {
                events.Add(new AwardEvent(value, null, milestone, false));
            }
        }
        Milestone(award.AgreementSignedAt, DisbursementMilestone.AgreementSigned);
        Milestone(award.MidTermPassedAt, DisbursementMilestone.MidTermEvaluation);
        Milestone(award.AcceptedAt, DisbursementMilestone.Acceptance);
        if (award.TerminatedAt is { } terminated && terminated >= since)
        {
            events.Add(new AwardEvent(terminated, null, null, true));
        }
        return new PaymentOutcome(PaymentStatus.Stale, new DomainException("award.stale", "The award was changed since it was opened.", award.Version),
            [.. events.OrderBy(e => e.At)]);
    }
}
