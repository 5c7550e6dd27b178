using GrantPortal.Domain.Acceptance;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Eligibility;
using GrantPortal.Infrastructure.Calendar;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Acceptance;

/// <summary>
/// 验收与追回: loads an award's acceptance (tracked, for changes) of the current association, and terminates an award
/// with its clawback and the organisation's debarment in one save.
/// </summary>
public sealed class AcceptanceCases(PortalDbContext db, WorkingCalendarProvider calendars)
{
    /// <summary>
    /// The award's acceptance; null when the award is not this association's or, when <paramref name="organizationId"/>
    /// is given, not that organisation's.
    /// </summary>
    public async Task<AcceptanceCase?> LoadAsync(Guid awardId, Guid? organizationId, CancellationToken cancellationToken = default)
    {
        var award = await db.Awards.Include(a => a.Tranches).Include(a => a.Recoveries).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == awardId, cancellationToken);
        if (award is null || (organizationId is { } organization && award.OrganizationId != organization))
        {
            return null;
        }
        var call = await db.Calls.AsNoTrackingWithIdentityResolution().Include(c => c.Categories).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == award.CallId, cancellationToken);
        var category = call?.Categories.SingleOrDefault(c => c.Id == award.CategoryId);
        if (call is null || category is null)
        {
            return null;
        }
        var submission = await db.AcceptanceSubmissions.SingleOrDefaultAsync(s => s.AwardId == awardId, cancellationToken);
        var termination = await db.AwardTerminations.AsNoTracking().SingleOrDefaultAsync(t => t.AwardId == awardId, cancellationToken);
        var debarment = termination?.DebarmentId is { } debarmentId
            ? await db.Debarments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == debarmentId, cancellationToken)
            : null;
        return new AcceptanceCase(award, call, category, submission, termination, debarment, await calendars.GetAsync(cancellationToken));
    }

    /// <summary>The case's submission, started (and added) when there is none yet.</summary>
    public AcceptanceSubmission Start(AcceptanceCase acceptance, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(acceptance);
        if (acceptance.Submission is { } existing)
        {
            return existing;
        }
        var submission = AcceptanceSubmission.Start(acceptance.Award, AcceptanceChecklist.For(acceptance.Category.AcceptanceMaterials), now);
        db.AcceptanceSubmissions.Add(submission);
        return submission;
    }

    /// <summary>
    /// 终止、追回并取消申报资格: terminates the award (unpaid tranches cancelled, <paramref name="toRecover"/> of the paid
    /// money to recover), debars the organisation for <paramref name="years"/> from today (none when null), and records it
    /// all in one save. DomainExceptions (stale version, amount out of range, already terminated) leave nothing changed.
    /// </summary>
    public async Task<AwardTermination> TerminateAsync(
        AcceptanceCase acceptance, TerminationGround ground, string reason, decimal toRecover, string? recoveryNote, int? years,
        int expectedVersion, Guid? userId, string userName, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acceptance);
        var award = acceptance.Award;
        var paid = award.Paid;
        var open = award.Tranches.Where(t => t.Status is Domain.Awards.TrancheStatus.Planned or Domain.Awards.TrancheStatus.Due).Select(t => t.Number).ToHashSet();
        award.Terminate(reason, toRecover, expectedVersion, now);
        // Every tranche the termination cancels goes into the payment journal, as AwardPayments.TerminateAsync does.
        db.PaymentEntries.AddRange(award.Tranches.Where(t => open.Contains(t.Number)).Select(t => Domain.Awards.PaymentEntry.Cancellation(award, t, userId, userName)));
        Debarment? debarment = null;
        if (years is { } y)
        {
            var from = BeijingTime.Today(now);
            debarment = new Debarment(
                award.TenantId, award.OrganizationId, DebarmentTerms.ReasonFor(ground), from, Debarment.UntilFor(from, y),
                $"{award.ApplicationNumber} {award.ProjectTitle}：{reason}".Trim(), userId, now);
            db.Debarments.Add(debarment);
        }
        var termination = new AwardTermination(
            award, ground, reason, paid, toRecover, toRecover < paid ? recoveryNote : null, debarment?.Id, years, debarment?.Until, userId, userName, now);
        db.AwardTerminations.Add(termination);
        await SaveAsync(cancellationToken);
        return termination;
    }

    /// <summary>Saves; a concurrent change of the award or the submission becomes the DomainException "acceptance.stale".</summary>
    public async Task SaveAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("acceptance.stale", "Changed by someone else meanwhile.");
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<AwardTermination>().Any(e => e.State == EntityState.Added))
        {
            throw new DomainException("award.terminated", "The award was terminated meanwhile.");
        }
    }
}
