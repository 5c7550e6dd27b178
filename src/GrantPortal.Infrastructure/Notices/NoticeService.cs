using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Notices;
using GrantPortal.Infrastructure.Calendar;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Notices;

/// <summary>
/// 立项公示 of the current tenant: publishing from the confirmed panel decision, objections and their handling,
/// withdrawing a project after an upheld objection, and finalising (立项: one award per remaining project, the
/// applications approved or not, in one transaction). Refusals are DomainExceptions with stable codes.
/// </summary>
public sealed class NoticeService(PortalDbContext db, WorkingCalendarProvider calendars, TimeProvider time)
{
    /// <summary>The call's notice draft, or null when the call is not the tenant's.</summary>
    public async Task<NoticeDraft?> DraftAsync(Guid callId, CancellationToken cancellationToken = default)
    {
        var call = await db.Calls.AsNoTracking().Include(c => c.Categories).SingleOrDefaultAsync(c => c.Id == callId, cancellationToken);
        if (call is null)
        {
            return null;
        }
        var existing = await db.PublicNotices.AsNoTracking().SingleOrDefaultAsync(n => n.CallId == callId, cancellationToken);
        var decision = await db.PanelDecisions.AsNoTracking().Include(d => d.Lines).SingleOrDefaultAsync(d => d.CallId == callId, cancellationToken);
        var lines = new List<NoticeLineDraft>();
        if (decision is { IsConfirmed: true })
        {
            var approved = decision.Approved.ToDictionary(a => a.ApplicationId, a => a.Amount);
            var ids = approved.Keys.ToList();
            var rows = await (
                from a in db.Applications.AsNoTracking()
                join o in db.Organizations.AsNoTracking() on a.OrganizationId equals o.Id
                join c in db.Categories.AsNoTracking() on a.CategoryId equals c.Id
                where ids.Contains(a.Id)
                select new { a.Id, a.OrganizationId, a.Number, a.Title, Organization = o.Name, a.CategoryId, Category = c.Name })
                .ToListAsync(cancellationToken);
            // In the decision's order (its groups and ranks).
            var byId = rows.ToDictionary(r => r.Id);
            lines.AddRange(decision.Lines.Where(l => l.Approved && byId.ContainsKey(l.ApplicationId)).Select(l =>
            {
                var r = byId[l.ApplicationId];
                return new NoticeLineDraft(r.Id, r.OrganizationId, r.Number ?? "", r.Title, r.Organization, r.CategoryId, r.Category, approved[r.Id]);
            }));
        }
        return new NoticeDraft(call, decision, lines, existing, PublicNotice.DefaultWorkingDaysOf(call));
    }

    /// <summary>When a notice published now for <paramref name="workingDays"/> working days would close.</summary>
    public async Task<DateTimeOffset> ClosingTimeAsync(int workingDays, CancellationToken cancellationToken = default) =>
        PublicNotice.ClosingTime(time.GetUtcNow(), Math.Clamp(workingDays, 1, PublicNotice.MaxWorkingDays), await calendars.GetAsync(cancellationToken));

    /// <summary>发布公示: refused when a notice exists already (notice.exists) or the domain refuses.</summary>
    public async Task<PublicNotice> PublishAsync(NoticeDraft draft, string title, string? text, int workingDays, Guid? userId, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Existing is not null || await db.PublicNotices.AnyAsync(n => n.CallId == draft.Call.Id, cancellationToken))
        {
            throw new DomainException("notice.exists", "The call's notice was already published.");
        }
        if (draft.Decision is null)
        {
            throw new DomainException("notice.decision_not_confirmed", "The panel's decision is not confirmed.");
        }
        var now = time.GetUtcNow();
        var notice = PublicNotice.Publish(draft.Call, draft.Decision, draft.Lines, title, text, workingDays, await calendars.GetAsync(cancellationToken), userId, userName, now);
        db.PublicNotices.Add(notice);
        var ids = draft.Lines.Select(l => l.ApplicationId).ToList();
        foreach (var application in await db.Applications.Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken))
        {
            if (application.Status == ApplicationStatus.ExpertReview)
            {
                application.EnterPublicNotice(userId, now);
            }
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two staff publishing at once: the unique index on the call keeps one.
            throw new DomainException("notice.exists", "The call's notice was already published.");
        }
        return notice;
    }

    /// <summary>The tenant's notice with its lines, or null.</summary>
    public Task<PublicNotice?> FindAsync(Guid noticeId, CancellationToken cancellationToken = default) =>
        db.PublicNotices.Include(n => n.Lines).SingleOrDefaultAsync(n => n.Id == noticeId, cancellationToken);

    /// <summary>The tenant's notices, newest first.</summary>
    public Task<List<PublicNotice>> AllAsync(CancellationToken cancellationToken = default) =>
        db.PublicNotices.AsNoTracking().OrderByDescending(n => n.PublishedAt).ToListAsync(cancellationToken);

    public Task<List<Objection>> ObjectionsAsync(Guid noticeId, CancellationToken cancellationToken = default) =>
        db.Objections.Where(o => o.NoticeId == noticeId).OrderBy(o => o.FiledAt).ToListAsync(cancellationToken);

    /// <summary>提出异议 (anyone, no sign-in) while the notice is open.</summary>
    public async Task<Objection> FileAsync(
        PublicNotice notice, Guid? lineId, string name, string? organization, string? phone, string? email, string reasons, CancellationToken cancellationToken = default)
    {
        var objection = Objection.File(notice, lineId, name, organization, phone, email, reasons, time.GetUtcNow());
        db.Objections.Add(objection);
        await db.SaveChangesAsync(cancellationToken);
        return objection;
    }

    /// <summary>
    /// 处理异议: upheld or dismissed; an upheld objection about a project may withdraw it in the same save. Refused once
    /// the notice is finalised.
    /// </summary>
    public async Task HandleAsync(
        PublicNotice notice, Objection objection, bool upheld, string handling, string outcome, bool withdraw, Guid? userId, string userName,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(objection);
        var now = time.GetUtcNow();
        if (notice.FinalisedAt is not null)
        {
            throw new DomainException("notice.finalised", "The notice was already finalised.");
        }
        objection.Handle(upheld, handling, outcome, userId, userName, now);
        if (upheld && withdraw)
        {
            if (objection.LineId is not { } lineId)
            {
                throw new DomainException("notice.withdraw_needs_line", "The objection concerns no single project.");
            }
            notice.Withdraw(lineId, objection, outcome, now);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>撤销项目 after an upheld objection (when it was not done while handling it).</summary>
    public async Task WithdrawAsync(PublicNotice notice, Objection objection, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(objection);
        if (objection.LineId is not { } lineId)
        {
            throw new DomainException("notice.withdraw_needs_line", "The objection concerns no single project.");
        }
        notice.Withdraw(lineId, objection, reason, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// 立项: refused while the notice is open, an objection is pending, or when already finalised. Creates one award per
    /// remaining project (the call's schedule as its tranche plan), approves those applications and marks every other
    /// application of the decision not approved — all in one save (one transaction).
    /// </summary>
    public async Task<IReadOnlyList<Award>> FinaliseAsync(Guid noticeId, Guid? userId, string userName, CancellationToken cancellationToken = default)
    {
        var notice = await FindAsync(noticeId, cancellationToken) ?? throw new DomainException("notice.unknown", "No such notice.");
        var objections = await ObjectionsAsync(noticeId, cancellationToken);
        var now = time.GetUtcNow();
        var remaining = notice.Finalise(objections, userId, userName, now);
        var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == notice.CallId, cancellationToken);
        var decisionIds = await db.DecisionLines.Where(l => l.DecisionId == notice.DecisionId).Select(l => l.ApplicationId).ToListAsync(cancellationToken);
        var ids = decisionIds.Concat(notice.Lines.Select(l => l.ApplicationId)).Distinct().ToList();
        var applications = await db.Applications.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var awarded = await db.Awards.Where(a => ids.Contains(a.ApplicationId)).Select(a => a.ApplicationId).ToListAsync(cancellationToken);
        var awards = new List<Award>();
        foreach (var line in remaining)
        {
            var application = applications[line.ApplicationId];
            if (!awarded.Contains(line.ApplicationId))
            {
                var award = Award.Grant(application, line.OrganizationName, line.Amount, call.Disbursement, notice.Id, now);
                db.Awards.Add(award);
                awards.Add(award);
            }
            application.Approve(userId, now);
        }
        var approved = remaining.Select(l => l.ApplicationId).ToHashSet();
        foreach (var application in applications.Values.Where(a => !approved.Contains(a.Id)))
        {
            if (application.Status is ApplicationStatus.ExpertReview or ApplicationStatus.PublicNotice)
            {
                application.NotApprove(userId, now);
            }
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Staff and the background finaliser at once: the other one made the awards.
            throw new DomainException("notice.finalised", "The notice was already finalised.");
        }
        return awards;
    }

    /// <summary>The awards made from a notice.</summary>
    public Task<List<Award>> AwardsAsync(Guid noticeId, CancellationToken cancellationToken = default) =>
        db.Awards.AsNoTracking().Include(a => a.Tranches).Where(a => a.NoticeId == noticeId).OrderBy(a => a.ApplicationNumber).ToListAsync(cancellationToken);

    /// <summary>The notices that have closed with nothing pending and are not yet final (what the background finaliser takes).</summary>
    public Task<List<Guid>> DueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        return db.PublicNotices
            .Where(n => n.FinalisedAt == null && n.ClosesAt <= now)
            .Where(n => !db.Objections.Any(o => o.NoticeId == n.Id && o.Status == ObjectionStatus.Pending))
            .Where(n => n.Lines.Any(l => !l.Withdrawn))
            .Select(n => n.Id)
            .ToListAsync(cancellationToken);
    }
}
