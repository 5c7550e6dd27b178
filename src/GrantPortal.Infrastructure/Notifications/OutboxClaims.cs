using GrantPortal.Domain.Notifications;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Notifications;

/// <summary>
/// Takes due messages for one sender: in one statement, the due pending rows not claimed by anyone are locked with
/// FOR UPDATE SKIP LOCKED (a row another sender is claiming at the same instant is skipped, never waited for) and
/// stamped with a claim that lasts a while. Two app instances therefore never get the same message;
/// a message whose sender died is taken again once its claim has run out.
/// </summary>
public static class OutboxClaims
{
    public static Task<List<OutboxEmail>> ClaimAsync(PortalDbContext db, DateTimeOffset now, int batchSize, TimeSpan claimFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var until = now + claimFor;
        var pending = nameof(OutboxStatus.Pending);
        return db.OutboxEmails
            .FromSql($"""
                UPDATE outbox_emails SET locked_until = {until}
                WHERE id IN (
                    SELECT id FROM outbox_emails
                    WHERE status = {pending} AND next_attempt_at <= {now} AND (locked_until IS NULL OR locked_until <= {now})
                    ORDER BY next_attempt_at, id
                    LIMIT {batchSize}
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
            .AsTracking()
            .ToListAsync(cancellationToken);
    }
}
