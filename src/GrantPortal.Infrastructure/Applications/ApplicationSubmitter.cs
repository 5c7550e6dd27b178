using System.Globalization;
using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Forms;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Applications;

/// <summary>
/// 提交 and 撤回, enforced on the server: the application row is locked for the transaction, so the same application
/// submitted twice at the same moment yields one submission; the deadline is compared to the second in Beijing time
/// (17:59:59 accepted, 18:00:00 refused for an 18:00 deadline); the per-organisation limit, eligibility, the form's
/// errors and the similarity check (查重) refuse with every reason in Chinese. A number is given at the first
/// submission from a per-category sequence in the same transaction.
/// </summary>
public sealed class ApplicationSubmitter(PortalDbContext db, TimeProvider time, Notifications.Notifier notifier, SimilarityFingerprints fingerprints)
{
    /// <summary>Extra checks run inside the submitting transaction (the form's errors, eligibility): each returns refusal reasons.</summary>
    public delegate Task<IReadOnlyList<string>> Check(GrantApplication application, GrantCall call, GrantCategory category, FormSchema form, CancellationToken cancellationToken);

    public async Task<SubmitOutcome> SubmitAsync(
        Guid applicationId, Guid organizationId, int expectedRevision, Guid? userId, IReadOnlyList<Check> checks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checks);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var application = await LockAsync(applicationId, organizationId, cancellationToken);
        if (application is null)
        {
            return new SubmitOutcome(SubmitStatus.NotFound, null);
        }
        if (application.Status == ApplicationStatus.Submitted)
        {
            return new SubmitOutcome(SubmitStatus.AlreadySubmitted, application) { Submission = application.Submissions.MaxBy(s => s.Version) };
        }
        if (application.Revision != expectedRevision)
        {
            return new SubmitOutcome(SubmitStatus.Stale, application);
        }
        var now = time.GetUtcNow();
        var call = await db.Calls.Include(c => c.Categories).AsSplitQuery().SingleAsync(c => c.Id == application.CallId, cancellationToken);
        var category = call.Categories.Single(c => c.Id == application.CategoryId);
        var form = await db.Forms.AsNoTracking().SingleAsync(f => f.Id == application.FormDefinitionId, cancellationToken);
        var phase = call.PhaseAt(now);
        if (application.Status == ApplicationStatus.Returned && application.CorrectionDeadline is { } until)
        {
            // Returned at the formal check: resubmittable until the correction deadline, even after the call's deadline.
            if (now >= until)
            {
                return Refused(application, $"退回修改的期限（{BeijingTime.ToBeijing(until).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} 北京时间）已过，不能再提交");
            }
        }
        else if (phase != CallPhase.Open)
        {
            return Refused(application, phase == CallPhase.Closed
                ? $"已过申报截止时间（{Deadline(call)}），不能再提交"
                : "申报尚未开始，暂不能提交");
        }
        if (!application.IsEditableAt(phase, now))
        {
            return Refused(application, "此申报书当前状态不能提交");
        }

        var reasons = new List<string>();
        foreach (var check in checks)
        {
            reasons.AddRange(await check(application, call, category, form.Schema, cancellationToken));
        }
        if (reasons.Count > 0)
        {
            return new SubmitOutcome(SubmitStatus.Refused, application) { Reasons = reasons };
        }
        if (await SimilarAsync(application, cancellationToken) is { } similar)
        {
            application.FlagSimilarity(similar.Other.Id, similar.Similarity);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            var number = similar.Other.Number is { } n ? $"（编号 {n}）" : "";
            return Refused(application,
                $"与本次申报中的另一份申报书《{similar.Other.Title}》{number}高度相似（相似度 {similar.Similarity.ToString("P0", CultureInfo.InvariantCulture)}）。同一项目不得以不同名称重复申报；如确属不同项目，请联系科协工作人员核实后再提交。");
        }

        var association = db.Tenant.Association ?? throw new InvalidOperationException("No association for this submission.");
        var recipients = await notifier.RecipientsAsync(organizationId, email: true, cancellationToken);
        // The category's number row stays locked from here to the commit, and every submission of the category waits for
        // it: nothing but the number, the save and the commit happens in between (on deadline day, a query here queued
        // hundreds of submissions behind each other).
        var sequence = application.Number is null ? await NextNumberAsync(application, cancellationToken) : 0;
        var submission = application.Submit(expectedRevision, phase, () => ApplicationNumber.Format(association.NumberPrefix, category.Code, sequence), userId, now);
        db.ApplicationSubmissions.Add(submission);
        // The receipt (in the portal and by e-mail) is saved with the submission, so it is never sent for one that did not happen.
        var submittedAt = BeijingTime.ToBeijing(now).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        notifier.Notify(recipients, $"申报已提交：{application.Number}",
            $"《{application.Title}》（{category.Code} {category.Name}）已于 {submittedAt}（北京时间）提交，申报编号 {application.Number}，第 {submission.Version} 版。截止前如需修改，可撤回后重新提交。",
            $"/{association.Identifier}/my/applications/{application.Id}/receipt");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The row lock makes this unreachable in PostgreSQL; kept so that a lost race can only ever say "already submitted".
            return new SubmitOutcome(SubmitStatus.AlreadySubmitted, application);
        }
        await transaction.CommitAsync(cancellationToken);
        return new SubmitOutcome(SubmitStatus.Submitted, application) { Submission = submission };
    }

    /// <summary>撤回 before the deadline: the application becomes editable again; its submitted versions stay.</summary>
    public async Task<SubmitOutcome> WithdrawAsync(Guid applicationId, Guid organizationId, int expectedRevision, Guid? userId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var application = await LockAsync(applicationId, organizationId, cancellationToken);
        if (application is null)
        {
            return new SubmitOutcome(SubmitStatus.NotFound, null);
        }
        var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == application.CallId, cancellationToken);
        try
        {
            application.Withdraw(expectedRevision, call.PhaseAt(time.GetUtcNow()), userId, time.GetUtcNow());
        }
        catch (DomainException e)
        {
            return Refused(application, e.Code == "application.stale" ? "此申报书已被修改，请刷新后重试" : "只有已提交且未过截止时间的申报书可以撤回");
        }
        var association = db.Tenant.Association ?? throw new InvalidOperationException("No association for this withdrawal.");
        await notifier.NotifyOrganizationAsync(organizationId, $"申报已撤回：{application.Number}",
            $"《{application.Title}》已撤回，目前不是有效申报。请在截止前修改并重新提交，否则不予受理。",
            $"/{association.Identifier}/my/applications/{application.Id}", email: true, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SubmitOutcome(SubmitStatus.Submitted, application);
    }

    /// <summary>
    /// Locks, for this transaction, the organisation's applications in the call of this one (so two submissions of one
    /// organisation are counted against its limit one after the other), then loads this one with its submissions;
    /// null when it is not this organisation's.
    /// </summary>
    private async Task<GrantApplication?> LockAsync(Guid applicationId, Guid organizationId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            SELECT 1 FROM grant_applications
            WHERE organization_id = {organizationId}
              AND call_id = (SELECT call_id FROM grant_applications WHERE id = {applicationId} AND organization_id = {organizationId})
            ORDER BY id FOR UPDATE
            """, cancellationToken);
        return await db.Applications.Include(a => a.Submissions)
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.OrganizationId == organizationId, cancellationToken);
    }

    /// <summary>
    /// The most similar other submitted application of the call at or above the threshold (and not allowed by staff), if
    /// any. Only ids and revisions are read for all of them; texts only for those whose fingerprints are not cached.
    /// </summary>
    private async Task<(GrantApplication Other, decimal Similarity)?> SimilarAsync(GrantApplication application, CancellationToken cancellationToken)
    {
        var others = await db.Applications.AsNoTracking()
            .Where(a => a.CallId == application.CallId && a.Id != application.Id
                && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn)
            .Select(a => new { a.Id, a.Revision })
            .ToListAsync(cancellationToken);
        var known = new Dictionary<Guid, SimilarityFingerprints.Entry>(others.Count);
        var missing = new List<Guid>();
        foreach (var other in others)
        {
            if (fingerprints.TryGet(other.Id, other.Revision, out var entry))
            {
                known[other.Id] = entry;
            }
            else
            {
                missing.Add(other.Id);
            }
        }
        foreach (var chunk in missing.Chunk(500))
        {
            var texts = await db.Applications.AsNoTracking()
                .Where(a => chunk.Contains(a.Id))
                .Select(a => new { a.Id, a.Revision, a.Title, a.Values })
                .ToListAsync(cancellationToken);
            foreach (var text in texts)
            {
                known[text.Id] = fingerprints.Add(text.Id, text.Revision, text.Title, Content(text.Title, text.Values));
            }
        }
        var mineTitle = ProjectSimilarity.Fingerprint(application.Title);
        var mine = ProjectSimilarity.Fingerprint(Content(application.Title, application.Values));
        var best = known
            .Select(x => (Id: x.Key, Similarity: Math.Max(ProjectSimilarity.Of(mineTitle, x.Value.Title), ProjectSimilarity.Of(mine, x.Value.Content))))
            .Where(x => x.Similarity >= ProjectSimilarity.Threshold && !application.SimilarityAllowedWith(x.Id))
            .OrderByDescending(x => x.Similarity)
            .ThenBy(x => x.Id)
            .Select(x => ((Guid Id, decimal Similarity)?)x)
            .FirstOrDefault();
        if (best is not { } found)
        {
            return null;
        }
        var similar = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == found.Id, cancellationToken);
        return (similar, found.Similarity);
    }

    /// <summary>The title and the long answers (50 characters or more): what describes the project, not the applicant's details.</summary>
    private static string Content(string title, IReadOnlyDictionary<string, string> values) =>
        ProjectSimilarity.ContentOf(title, values, values.Where(v => v.Value.Length >= 50).Select(v => v.Key));

    private async Task<int> NextNumberAsync(GrantApplication application, CancellationToken cancellationToken)
    {
        var next = await db.Database.SqlQuery<int>($"""
            INSERT INTO application_sequences (category_id, tenant_id, last) VALUES ({application.CategoryId}, {application.TenantId}, 1)
            ON CONFLICT (category_id) DO UPDATE SET last = application_sequences.last + 1
            RETURNING last AS "Value"
            """).ToListAsync(cancellationToken);
        return next[0];
    }

    private static SubmitOutcome Refused(GrantApplication application, string reason) =>
        new(SubmitStatus.Refused, application) { Reasons = [reason] };

    private static string Deadline(GrantCall call) => call.SubmissionDeadline is { } d
        ? BeijingTime.ToBeijing(call.SubmissionDeadlineIsEndOfDay ? d.AddSeconds(-1) : d).ToString(call.SubmissionDeadlineIsEndOfDay ? "yyyy-MM-dd 24:00" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " 北京时间"
        : "已截止";
}
