using System.Globalization;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Notifications;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Reviews.Scoring;

/// <summary>
/// Reminds experts of their open assignments in the current association: once 48 hours before the due date and once
/// when it has passed (a notification and an e-mail each). Each automatic reminder is first inserted with
/// ON CONFLICT DO NOTHING on its unique (assignment, kind): only the instance whose insert took the row notifies, in
/// the same transaction, so several app instances never send one twice. Staff may also remind the late ones at once.
/// </summary>
public sealed class ReviewReminders(PortalDbContext db, TenantContext tenant, Notifier notifier, TimeProvider time)
{
    /// <summary>How long before the due date the first reminder goes out.</summary>
    public static readonly TimeSpan DueSoonWindow = TimeSpan.FromHours(48);

    private sealed record Open(Guid AssignmentId, Guid UserId, DateTimeOffset DueAt, string? Number, string Title);

    /// <summary>Sends the reminders due now in the current association; returns how many this call sent.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var soon = now + DueSoonWindow;
        var assigned = ReviewAssignmentStatus.Assigned;
        var open = await (
            from a in db.ReviewAssignments.AsNoTracking()
            join e in db.Experts on a.ExpertId equals e.Id
            join app in db.Applications on a.ApplicationId equals app.Id
            where a.Status == assigned && a.DueAt != null && a.DueAt <= soon && e.UserId != null
                && (a.DueAt > now
                    ? !db.ScoreSheetReminders.Any(r => r.AssignmentId == a.Id && r.Kind == ScoreSheetReminderKind.DueSoon)
                    : !db.ScoreSheetReminders.Any(r => r.AssignmentId == a.Id && r.Kind == ScoreSheetReminderKind.Overdue))
            orderby a.DueAt, a.Id
            select new Open(a.Id, e.UserId!.Value, a.DueAt!.Value, app.Number, app.Title))
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var item in open)
        {
            var kind = item.DueAt > now ? ScoreSheetReminderKind.DueSoon : ScoreSheetReminderKind.Overdue;
            if (await SendOnceAsync(item, kind, now, cancellationToken))
            {
                sent++;
            }
        }
        return sent;
    }

    /// <summary>“Remind now”: every expert with an overdue open assignment in the call gets one reminder listing them. Returns how many experts.</summary>
    public async Task<int> RemindLateAsync(Guid callId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var late = await (
            from a in db.ReviewAssignments
            join e in db.Experts on a.ExpertId equals e.Id
            join app in db.Applications on a.ApplicationId equals app.Id
            where a.CallId == callId && a.Status == ReviewAssignmentStatus.Assigned && a.DueAt != null && a.DueAt <= now && e.UserId != null
            orderby app.Number
            select new { Assignment = a, UserId = e.UserId!.Value, app.Number, app.Title })
            .ToListAsync(cancellationToken);
        foreach (var expert in late.GroupBy(l => l.UserId))
        {
            var items = expert.ToList();
            var lines = string.Join("\n", items.Select(i => $"{i.Number} {i.Title}（截止 {Beijing(i.Assignment.DueAt!.Value)}）"));
            await notifier.NotifyAsync(
                expert.Key,
                $"评审催办：您有 {items.Count.ToString(CultureInfo.InvariantCulture)} 份评审已逾期",
                $"以下项目的评审已超过截止时间，请尽快完成评分：\n{lines}",
                Link(items[0].Assignment.Id),
                email: true,
                cancellationToken);
            foreach (var item in items)
            {
                db.ScoreSheetReminders.Add(new ScoreSheetReminder(item.Assignment, ScoreSheetReminderKind.Manual, now));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return late.Select(l => l.UserId).Distinct().Count();
    }

    private async Task<bool> SendOnceAsync(Open item, ScoreSheetReminderKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("No association in this scope.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var kindName = kind.ToString();
        // Waits for another instance's uncommitted insert of the same reminder, then inserts nothing.
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO score_sheet_reminders (id, tenant_id, assignment_id, kind, sent_at)
            VALUES ({Guid.CreateVersion7()}, {tenantId}, {item.AssignmentId}, {kindName}, {now})
            ON CONFLICT DO NOTHING
            """,
            cancellationToken);
        if (inserted == 0)
        {
            return false;
        }
        var due = Beijing(item.DueAt);
        var (title, body) = kind == ScoreSheetReminderKind.DueSoon
            ? ($"评审提醒：{item.Number} 将于 {due} 截止", $"您负责评审的项目“{item.Title}”（{item.Number}）将于 {due}（北京时间）截止评分，请及时完成。")
            : ($"评审逾期：{item.Number} 已超过截止时间", $"您负责评审的项目“{item.Title}”（{item.Number}）已于 {due}（北京时间）截止评分，请尽快完成；逾期提交的评分将标注为逾期。");
        await notifier.NotifyAsync(item.UserId, title, body, Link(item.AssignmentId), email: true, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private string Link(Guid assignmentId) => $"/{tenant.Association!.Identifier}/review/assignments/{assignmentId}/score";

    private static string Beijing(DateTimeOffset instant) =>
        BeijingTime.ToBeijing(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
