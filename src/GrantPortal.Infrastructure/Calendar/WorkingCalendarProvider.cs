using GrantPortal.Domain.Calendar;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.Infrastructure.Calendar;

/// <summary>
/// The national working-day calendar (holidays and adjusted working days from the State Council's schedules),
/// read from the database once and kept until <see cref="Invalidate"/> (called when staff edit the calendar).
/// </summary>
public sealed class WorkingCalendarProvider(IServiceScopeFactory scopes)
{
    private WorkingDayCalendar? _calendar;

    public async Task<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_calendar is { } cached)
        {
            return cached;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
        return _calendar = new WorkingDayCalendar(days);
    }

    public void Invalidate() => _calendar = null;
}
