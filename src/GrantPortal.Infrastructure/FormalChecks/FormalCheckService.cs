using System.Globalization;
using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.FormalChecks;
using GrantPortal.Domain.Forms;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Documents.Scans;
using GrantPortal.Infrastructure.EligibilityChecks;
using GrantPortal.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.FormalChecks;

/// <summary>
/// 形式审查: builds each application's checklist from what it needs (its latest submission and form version, its
/// organisation's standing, its uploads) and records staff decisions. A decision locks the application row for its
/// transaction and checks the revision the page showed, so of two staff deciding at once only the first lands; the
/// decision, the application's new status and the organisation's notification are saved together.
/// </summary>
public sealed class FormalCheckService(
    PortalDbContext db, EligibilityService eligibility, SealedScanStatus scans, Notifier notifier, ChecklistSummaryCache summaries, TimeProvider time)
{
    /// <summary>The call of the current tenant, tracked with its category tree (effective amount rules walk up it) and forms (eligibility asks whether a category takes applications); null otherwise.</summary>
    public Task<GrantCall?> CallAsync(Guid callId, CancellationToken cancellationToken = default) =>
        db.Calls.Include(c => c.Categories).ThenInclude(c => c.Forms).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == callId, cancellationToken);

    /// <summary>Every submitted application of the call (not drafts, not withdrawn ones) with its checklist and decisions.</summary>
    public async Task<IReadOnlyList<FormalCheckRow>> RowsAsync(GrantCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        var applications = await db.Applications.AsNoTracking().Include(a => a.Submissions)
            .Where(a => a.CallId == call.Id && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn)
            .OrderBy(a => a.Number)
            .ToListAsync(cancellationToken);
        return await BuildAsync(call, applications, null, cancellationToken);
    }

    /// <summary>
    /// The formal-check list of the call: every submitted application (not drafts, not withdrawn ones) as the list shows
    /// it, by number, with its checklist summary while it awaits the check. Summaries come from
    /// <see cref="ChecklistSummaryCache"/>; only the applications it lacks (new, changed, or older than its lifetime)
    /// are loaded with their answers and checked.
    /// </summary>
    public async Task<IReadOnlyList<FormalCheckQueueRow>> QueueAsync(GrantCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        var entries = await (
                from a in db.Applications.AsNoTracking()
                join o in db.Organizations on a.OrganizationId equals o.Id
                where a.CallId == call.Id && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn
                orderby a.Number, a.Id
                select new
                {
                    a.Id, a.Number, a.Title, OrganizationName = o.Name, a.CategoryId, a.Status, a.Revision, a.SimilarToId,
                    SimilarityAllowed = a.SimilarityOverrideReason != null,
                    LatestVersion = a.Submissions.Max(s => (int?)s.Version) ?? 0, a.SubmittedAt, a.CorrectionDeadline,
                })
            .ToListAsync(cancellationToken);
        var pending = entries.Where(e => e.Status is ApplicationStatus.Submitted or ApplicationStatus.FormalCheck).ToList();
        var pendingIds = pending.Select(e => e.Id).ToList();
        var latestScans = (await db.SealedScans.AsNoTracking()
                .Where(s => pendingIds.Contains(s.ApplicationId))
                .Select(s => new { s.ApplicationId, s.Id, s.UploadedAt, s.ConfirmedAt, s.RejectedAt })
                .ToListAsync(cancellationToken))
            .GroupBy(s => s.ApplicationId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.UploadedAt).ThenByDescending(s => s.Id).First());
        var stamps = pending.ToDictionary(e => e.Id, e => latestScans.TryGetValue(e.Id, out var scan)
            ? new ChecklistStamp(e.Revision, e.SimilarToId, e.SimilarityAllowed, scan.Id, scan.ConfirmedAt, scan.RejectedAt)
            : new ChecklistStamp(e.Revision, e.SimilarToId, e.SimilarityAllowed, null, null, null));
        var found = new Dictionary<Guid, ChecklistSummary>();
        var missing = new List<Guid>();
        foreach (var (id, stamp) in stamps)
        {
            if (summaries.TryGet(id, stamp, out var summary))
            {
                found[id] = summary;
            }
            else
            {
                missing.Add(id);
            }
        }
        foreach (var chunk in missing.Chunk(500))
        {
            var applications = await db.Applications.AsNoTracking().Include(a => a.Submissions).Where(a => chunk.Contains(a.Id)).ToListAsync(cancellationToken);
            foreach (var row in await BuildAsync(call, applications, null, cancellationToken))
            {
                if (row.Checklist is not { } checklist)
                {
                    continue;
                }
                var summary = ChecklistSummary.Of(checklist);
                found[row.Application.Id] = summary;
                // Changed since the list was read: shown, not kept under the older stamp.
                if (stamps.TryGetValue(row.Application.Id, out var stamp) && stamp.Revision == row.Application.Revision)
                {
                    summaries.Set(row.Application.Id, stamp, summary);
                }
            }
        }
        var categories = call.Categories.ToDictionary(c => c.Id);
        return entries.Select(e => new FormalCheckQueueRow(
                e.Id, e.Number, e.Title, e.OrganizationName, categories[e.CategoryId], e.Status, e.Revision, e.LatestVersion, e.SubmittedAt,
                e.CorrectionDeadline, found.GetValueOrDefault(e.Id)))
            .ToList();
    }

    /// <summary>The latest formal-check decision of each of <paramref name="applicationIds"/> that has one.</summary>
    public async Task<IReadOnlyDictionary<Guid, FormalCheckDecision>> LastDecisionsAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(applicationIds);
        return (await db.FormalCheckDecisions.AsNoTracking()
                .Where(d => applicationIds.Contains(d.ApplicationId))
                .ToListAsync(cancellationToken))
            .GroupBy(d => d.ApplicationId)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.DecidedAt).Last());
    }

    /// <summary>One application of the current tenant with its checklist (manual items as <paramref name="ticked"/>) and decisions; null otherwise.</summary>
    public async Task<FormalCheckRow?> RowAsync(Guid applicationId, IReadOnlyCollection<string>? ticked = null, CancellationToken cancellationToken = default)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Submissions).SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null)
        {
            return null;
        }
        var call = (await CallAsync(application.CallId, cancellationToken))!;
        return (await BuildAsync(call, [application], ticked, cancellationToken))[0];
    }

    /// <summary>Passes, returns or rejects one application, if it still stands at the revision the page showed.</summary>
    public async Task<FormalCheckResult> DecideAsync(FormalCheckRequest request, FormalCheckActor by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(by);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM grant_applications WHERE id = {request.ApplicationId} FOR UPDATE", cancellationToken);
        var application = await db.Applications.Include(a => a.Submissions).SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken);
        if (application is null)
        {
            return new FormalCheckResult(FormalCheckStatus.NotFound);
        }
        if (application.Revision != request.ExpectedRevision)
        {
            return new FormalCheckResult(FormalCheckStatus.Stale);
        }
        var call = (await CallAsync(application.CallId, cancellationToken))!;
        var checklist = (await BuildAsync(call, [application], request.Ticked, cancellationToken))[0].Checklist ?? new FormalChecklist([]);
        var now = time.GetUtcNow();
        FormalCheckDecision decision;
        try
        {
            decision = request.Outcome switch
            {
                FormalCheckOutcome.Passed => application.PassFormalCheck(request.ExpectedRevision, checklist, request.Reasons, by, now),
                FormalCheckOutcome.Returned => application.ReturnForCorrection(request.ExpectedRevision, checklist, request.Reasons ?? "",
                    request.CorrectionDeadline ?? throw new DomainException("formal_check.deadline_required", "A correction deadline is required."), by, now),
                FormalCheckOutcome.Rejected => application.RejectAtFormalCheck(request.ExpectedRevision, checklist, request.Reasons ?? "", by, now),
                _ => throw new ArgumentOutOfRangeException(nameof(request), request.Outcome, null),
            };
        }
        catch (DomainException error)
        {
            db.ChangeTracker.Clear();
            return new FormalCheckResult(FormalCheckStatus.Refused, Error: error);
        }
        db.FormalCheckDecisions.Add(decision);
        await NotifyAsync(application, decision, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new FormalCheckResult(FormalCheckStatus.Decided, decision);
    }

    /// <summary>
    /// 批量通过 in one transaction: each application of the call in <paramref name="expected"/> (id → the revision the
    /// confirmation showed) that still awaits the check at that revision with nothing flagged and no failed item passes,
    /// its manual items confirmed by the bulk confirmation; every other one is skipped with the reason.
    /// </summary>
    public async Task<IReadOnlyList<BulkPassItem>> BulkPassAsync(
        Guid callId, IReadOnlyDictionary<Guid, int> expected, FormalCheckActor by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(by);
        var ids = expected.Keys.ToArray();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"SELECT 1 FROM grant_applications WHERE call_id = {callId} AND id = ANY({ids}) ORDER BY id FOR UPDATE", cancellationToken);
        var applications = await db.Applications.Include(a => a.Submissions)
            .Where(a => a.CallId == callId && ids.Contains(a.Id))
            .OrderBy(a => a.Number)
            .ToListAsync(cancellationToken);
        if (applications.Count == 0)
        {
            return [];
        }
        var call = (await CallAsync(callId, cancellationToken))!;
        var rows = await BuildAsync(call, applications, null, cancellationToken);
        var now = time.GetUtcNow();
        var results = new List<BulkPassItem>();
        foreach (var row in rows)
        {
            var application = row.Application;
            var skipped = !application.AwaitsFormalCheck ? "已处理，不在待审查状态"
                : application.Revision != expected[application.Id] ? "确认后申报书又有变化，请重新查看"
                : row.Checklist is not { } checklist || checklist.IsFlagged || checklist.HasFailures ? "有需注意或不通过的检查项，请逐份审查"
                : null;
            if (skipped is null)
            {
                var decision = application.PassFormalCheck(application.Revision, row.Checklist!.AllConfirmed(), null, by, now, bulk: true);
                db.FormalCheckDecisions.Add(decision);
                await NotifyAsync(application, decision, cancellationToken);
            }
            results.Add(new BulkPassItem(application.Id, application.Number, application.Title, skipped));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    /// <summary>The rows of <paramref name="applications"/> (with their submissions) of <paramref name="call"/>: what each checklist reads, loaded once for all.</summary>
    private async Task<IReadOnlyList<FormalCheckRow>> BuildAsync(
        GrantCall call, List<GrantApplication> applications, IReadOnlyCollection<string>? ticked, CancellationToken cancellationToken)
    {
        var organizationIds = applications.Select(a => a.OrganizationId).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var formIds = applications.Select(a => Latest(a)?.FormDefinitionId ?? a.FormDefinitionId).Append(Guid.Empty).Distinct().ToList();
        var forms = await db.Forms.AsNoTracking().Where(f => formIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Schema, cancellationToken);
        var referenced = applications
            .SelectMany(a => (Latest(a)?.Values ?? a.Values).Values)
            .SelectMany(v => v.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => Guid.TryParse(v, CultureInfo.InvariantCulture, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .Distinct()
            .ToList();
        var stored = (await db.StoredFiles.AsNoTracking().Where(f => referenced.Contains(f.Id)).Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet();
        var applicationIds = applications.Select(a => a.Id).ToList();
        var decisions = (await db.FormalCheckDecisions.AsNoTracking()
                .Where(d => applicationIds.Contains(d.ApplicationId))
                .OrderBy(d => d.DecidedAt)
                .ToListAsync(cancellationToken))
            .ToLookup(d => d.ApplicationId);
        var sealedScans = await scans.ForLoadedAsync(applications, cancellationToken);
        var standings = await eligibility.StandingsAsync(
            applications.Where(a => a.AwaitsFormalCheck).Select(a => a.OrganizationId).ToList(), cancellationToken);
        var rows = new List<FormalCheckRow>(applications.Count);
        foreach (var application in applications)
        {
            var category = call.Categories.Single(c => c.Id == application.CategoryId);
            var organization = organizations.GetValueOrDefault(application.OrganizationId);
            FormalChecklist? checklist = null;
            if (application.AwaitsFormalCheck)
            {
                var standing = standings.GetValueOrDefault(application.OrganizationId);
                var submission = Latest(application);
                var facts = new FormalCheckFacts(
                    application, submission, call, category,
                    forms.GetValueOrDefault(submission?.FormDefinitionId ?? application.FormDefinitionId) ?? new FormSchema(),
                    standing is null ? [] : EligibilityService.Check(standing, call, category, application.Id),
                    organization?.Name ?? "", organization?.CreditCode ?? "", stored,
                    sealedScans.TryGetValue(application.Id, out var scan) ? Finding(scan) : SealedScanFinding.Missing);
                checklist = FormalChecklist.Build(facts, ticked);
            }
            rows.Add(new FormalCheckRow(application, organization?.Name ?? "", category, checklist, decisions[application.Id].ToList()));
        }
        return rows;
    }

    private static SealedScanFinding Finding(ScanCheck scan) => new(scan.Status switch
    {
        ScanCheckStatus.Missing => SealedScanState.Missing,
        ScanCheckStatus.Unconfirmed => SealedScanState.Unconfirmed,
        ScanCheckStatus.Matches => SealedScanState.Matches,
        ScanCheckStatus.Outdated => SealedScanState.Outdated,
        _ => SealedScanState.Mismatch,
    }, scan.Describe());

    private static ApplicationSubmission? Latest(GrantApplication application) => application.Submissions.MaxBy(s => s.Version);

    /// <summary>Tells the organisation, in the same SaveChanges as the decision.</summary>
    private async Task NotifyAsync(GrantApplication application, FormalCheckDecision decision, CancellationToken cancellationToken)
    {
        var tenant = db.Tenant.Association?.Identifier ?? throw new InvalidOperationException("No association for this decision.");
        var url = $"/{tenant}/my/applications/{application.Id}";
        var (title, body, link) = decision.Outcome switch
        {
            FormalCheckOutcome.Passed => ($"形式审查通过：{application.Number}", $"《{application.Title}》已通过形式审查，进入专家评审。", url + "/receipt"),
            FormalCheckOutcome.Returned => ($"申报书退回修改：{application.Number}",
                $"《{application.Title}》形式审查需要修改，退回原因：{decision.Reasons}\n请在 {Deadline(decision.CorrectionDeadline!.Value)}（北京时间）前修改并重新提交，逾期不予受理。", url),
            _ => ($"不予受理：{application.Number}", $"《{application.Title}》经形式审查不予受理。原因：{decision.Reasons}", url + "/receipt"),
        };
        await notifier.NotifyOrganizationAsync(application.OrganizationId, title, body, link, email: true, cancellationToken);
    }

    private static string Deadline(DateTimeOffset at) => BeijingTime.ToBeijing(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
