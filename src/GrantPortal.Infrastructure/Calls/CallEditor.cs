using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Forms;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GrantPortal.Infrastructure.Calls;

/// <summary>
/// The one way staff change a call. An edit loads the whole call (tree and forms) of the current association, refuses
/// to start from a stale revision, applies the domain change, and saves it with the next revision and an audit entry
/// holding every changed value before and after, in one transaction. A concurrent save of the same call makes the
/// later one fail on the revision (optimistic concurrency), never overwrite.
/// </summary>
public sealed class CallEditor(PortalDbContext db, TimeProvider time)
{
    /// <summary>The call this editor loaded last, whole, as long as nothing in the context has changed since.</summary>
    private GrantCall? _loaded;

    /// <summary>The call with its whole tree and every form version, tracked; null when it is not this association's.</summary>
    public async Task<GrantCall?> LoadAsync(Guid callId, CancellationToken cancellationToken = default) =>
        _loaded = await db.Calls
            .Include(c => c.Categories).ThenInclude(c => c.Forms)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == callId, cancellationToken);

    /// <summary>The call a category belongs to, in this association.</summary>
    public async Task<Guid?> CallOfCategoryAsync(Guid categoryId, CancellationToken cancellationToken = default) =>
        await db.Categories.Where(c => c.Id == categoryId).Select(c => (Guid?)c.CallId).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The call's audit log, newest first; only entries after <paramref name="afterRevision"/> when given.</summary>
    public async Task<IReadOnlyList<CallAuditEntry>> HistoryAsync(Guid callId, int? afterRevision = null, CancellationToken cancellationToken = default) =>
        await db.CallAuditEntries.AsNoTracking()
            .Where(e => e.CallId == callId && (afterRevision == null || e.Revision > afterRevision))
            .OrderByDescending(e => e.Revision)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> (which returns the summary for the log, in Chinese) to the call, if it is still at
    /// <paramref name="expectedRevision"/>, and saves it with an audit entry.
    /// </summary>
    public async Task<CallEditOutcome> EditAsync(
        Guid callId, int expectedRevision, CallEditAuthor author, string action, Func<GrantCall, string> change,
        string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(change);
        // A page that loaded the call to validate its form (the usual POST) does not pay for loading it twice.
        if (db.ChangeTracker.HasChanges())
        {
            Discard();
        }
        var call = _loaded is { } loaded && loaded.Id == callId && db.Entry(loaded).State != EntityState.Detached
            ? loaded
            : await LoadAsync(callId, cancellationToken);
        if (call is null)
        {
            return new CallEditOutcome(CallEditStatus.NotFound, null);
        }
        if (call.Revision != expectedRevision)
        {
            return await ConflictAsync(call, expectedRevision, cancellationToken);
        }
        var association = db.Tenant.Association ?? throw new InvalidOperationException("No association for this edit.");
        var before = CallSnapshot.Take(call, association);
        var categories = call.Categories.ToHashSet();
        var forms = call.Categories.SelectMany(c => c.Forms).ToHashSet();
        string summary;
        try
        {
            summary = change(call);
        }
        catch (DomainException e)
        {
            Discard();
            return new CallEditOutcome(CallEditStatus.Refused, call) { Error = e };
        }
        var changes = CallSnapshot.Diff(before, CallSnapshot.Take(call, association));
        if (changes.Count == 0)
        {
            Discard();
            return new CallEditOutcome(CallEditStatus.Unchanged, call);
        }
        TrackStructure(call, categories, forms);
        call.MarkRevised();
        var entry = new CallAuditEntry(call.TenantId, call.Id, call.Revision, time.GetUtcNow(), author.UserId, author.Name, action, summary, reason, changes);
        db.CallAuditEntries.Add(entry);
        return await SaveAsync(call, entry, expectedRevision, cancellationToken);
    }

    /// <summary>Adds a new call (created, copied or imported) as a draft, with its first audit entry holding the whole definition.</summary>
    public async Task<CallEditOutcome> CreateAsync(GrantCall call, CallEditAuthor author, string action, string summary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(author);
        if (await db.Calls.AnyAsync(c => c.Year == call.Year && c.Title == call.Title, cancellationToken))
        {
            return new CallEditOutcome(CallEditStatus.Refused, call)
            {
                Error = new DomainException("call.duplicate_title", "A call of that year and title exists.", call.Year, call.Title),
            };
        }
        var association = db.Tenant.Association ?? throw new InvalidOperationException("No association for this edit.");
        var entry = FirstEntry(call, association, time.GetUtcNow(), author, action, summary);
        db.Calls.Add(call);
        db.CallAuditEntries.Add(entry);
        return await SaveAsync(call, entry, 0, cancellationToken);
    }

    /// <summary>
    /// Counts a new call's first revision and writes the first entry of its history, holding the whole definition as
    /// its "after" (used by the editor, the seeder and the operator command line).
    /// </summary>
    public static CallAuditEntry FirstEntry(GrantCall call, Association association, DateTimeOffset at, CallEditAuthor author, string action, string summary)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(author);
        call.MarkRevised();
        return new CallAuditEntry(call.TenantId, call.Id, call.Revision, at, author.UserId, author.Name, action, summary, null,
            CallSnapshot.Diff(null, CallSnapshot.Take(call, association)));
    }

    private async Task<CallEditOutcome> SaveAsync(GrantCall call, CallAuditEntry entry, int expectedRevision, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new CallEditOutcome(CallEditStatus.Saved, call) { Entry = entry };
        }
        catch (DomainException e)
        {
            Discard();
            return new CallEditOutcome(CallEditStatus.Refused, call) { Error = e };
        }
        catch (DbUpdateConcurrencyException)
        {
            Discard();
            return await ConflictAsync(call, expectedRevision, cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            Discard();
            var error = unique.ConstraintName?.Contains("code", StringComparison.Ordinal) == true
                ? new DomainException("call.duplicate_code", "Two categories of the call have the same code.")
                : new DomainException("call.duplicate_title", "A call of that year and title exists.", call.Year, call.Title);
            return new CallEditOutcome(CallEditStatus.Refused, call) { Error = error };
        }
    }

    private async Task<CallEditOutcome> ConflictAsync(GrantCall call, int expectedRevision, CancellationToken cancellationToken)
    {
        var missed = await HistoryAsync(call.Id, expectedRevision, cancellationToken);
        return new CallEditOutcome(CallEditStatus.Conflict, call) { Missed = missed };
    }

    /// <summary>New nodes and form versions are added, removed ones deleted: explicitly, since their keys are set by the domain.</summary>
    private void TrackStructure(GrantCall call, HashSet<GrantCategory> categoriesBefore, HashSet<FormDefinition> formsBefore)
    {
        var categoriesNow = call.Categories.ToHashSet();
        var formsNow = call.Categories.SelectMany(c => c.Forms).ToHashSet();
        foreach (var form in formsBefore.Where(f => !formsNow.Contains(f)))
        {
            db.Entry(form).State = EntityState.Deleted;
        }
        foreach (var category in categoriesBefore.Where(c => !categoriesNow.Contains(c)))
        {
            db.Entry(category).State = EntityState.Deleted;
        }
        foreach (var category in categoriesNow.Where(c => !categoriesBefore.Contains(c)))
        {
            db.Entry(category).State = EntityState.Added;
        }
        foreach (var form in formsNow.Where(f => !formsBefore.Contains(f)))
        {
            db.Entry(form).State = EntityState.Added;
        }
    }

    /// <summary>Forgets what a refused or conflicting edit left in the context, so the next load reads the call as saved.</summary>
    private void Discard()
    {
        db.ChangeTracker.Clear();
        _loaded = null;
    }
}
