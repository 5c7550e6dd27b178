using GrantPortal.Domain.Calendar;
using GrantPortal.Domain.Common;
using GrantPortal.Infrastructure.Calendar;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Calendar;

/// <summary>
/// The national working-day calendar (holidays and adjusted working days) that every association shares: staff of any
/// association read it a year at a time and correct a year as text. Deadlines counted in working days use it at once.
/// </summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class CalendarController(
    PortalDbContext db, TenantContext tenant, WorkingCalendarProvider calendars, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    private const int FirstYear = 2000;
    private const int LastYear = 2100;
    private const int MaxWorkingDays = 1000;

    private string Tenant => tenant.Association!.Identifier;

    [HttpGet("/{tenant}/staff/calendar")]
    public async Task<IActionResult> Index(int? year, DateOnly? from, int? days, CancellationToken cancellationToken)
    {
        var shown = year is >= FirstYear and <= LastYear ? year.Value : BeijingTime.Today(time.GetUtcNow()).Year;
        var years = await db.CalendarDays.AsNoTracking().Select(d => d.Date.Year).Distinct().OrderBy(y => y).ToListAsync(cancellationToken);
        var (start, end) = Bounds(shown);
        var yearDays = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= start && d.Date < end).OrderBy(d => d.Date).ToListAsync(cancellationToken);
        var groups = yearDays.GroupBy(d => d.Name).Select(g => new HolidayGroup(g.Key, g.ToList())).OrderBy(g => g.Days[0].Date).ToList();
        var changes = await db.CalendarChanges.AsNoTracking().Where(c => c.Date >= start && c.Date < end)
            .OrderByDescending(c => c.At).ThenBy(c => c.Date).ToListAsync(cancellationToken);

        WorkingDaySum? sum = null;
        if (from is { } first && days is >= 0 and <= MaxWorkingDays)
        {
            var calendar = await calendars.GetAsync(cancellationToken);
            var result = calendar.AddWorkingDays(first, days.Value);
            sum = new WorkingDaySum(first, days.Value, result, calendar.Covers(first) && calendar.Covers(result));
        }
        else if (from is not null || days is not null)
        {
            ModelState.AddModelError("days", l["请填写起始日期和 0 到 {0} 之间的工作日数", MaxWorkingDays]);
        }
        return View(new CalendarViewModel(
            Tenant, shown, years, groups,
            yearDays.Count(d => d.Kind == CalendarDayKind.Holiday), yearDays.Count(d => d.Kind == CalendarDayKind.AdjustedWorkingDay),
            changes, from, days, sum));
    }

    [HttpGet("/{tenant}/staff/calendar/{year:int}")]
    public async Task<IActionResult> Edit(int year, CancellationToken cancellationToken)
    {
        if (year is < FirstYear or > LastYear)
        {
            return NotFound();
        }
        var (start, end) = Bounds(year);
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= start && d.Date < end).ToListAsync(cancellationToken);
        return View(new CalendarEditViewModel(Tenant, year, new CalendarYearForm { Text = CalendarYearText.Write(days) }));
    }

    [HttpPost("/{tenant}/staff/calendar/{year:int}")]
    public async Task<IActionResult> Edit(int year, CalendarYearForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (year is < FirstYear or > LastYear)
        {
            return NotFound();
        }
        var parse = CalendarYearText.Parse(year, form.Text);
        foreach (var error in parse.Errors)
        {
            ModelState.AddModelError(nameof(form.Text), Describe(error, year));
        }
        if (!ModelState.IsValid)
        {
            return View(new CalendarEditViewModel(Tenant, year, form));
        }

        var (start, end) = Bounds(year);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.CalendarDays.Where(d => d.Date >= start && d.Date < end).ToListAsync(cancellationToken);
        var changes = CalendarYearText.Changes(existing, parse.Days, time.GetUtcNow(), User.Identity?.Name ?? "?", Tenant);
        if (changes.Count == 0)
        {
            TempData["Notice"] = l["没有修改，未保存"].Value;
            return LocalRedirect($"/{Tenant}/staff/calendar?year={year}");
        }
        var byDate = existing.ToDictionary(d => d.Date);
        var wanted = parse.Days.ToDictionary(d => d.Date);
        foreach (var change in changes)
        {
            if (change.KindBefore is null)
            {
                db.CalendarDays.Add(wanted[change.Date]);
            }
            else if (change.KindAfter is null)
            {
                db.CalendarDays.Remove(byDate[change.Date]);
            }
            else
            {
                byDate[change.Date].Change(change.KindAfter.Value, change.NameAfter!);
            }
        }
        db.CalendarChanges.AddRange(changes);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone saved the same year at the same moment: nothing of this save is kept.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(form.Text), l["保存时其他人同时修改了这一年的日历，未保存。请重新打开后再修改。"]);
            return View(new CalendarEditViewModel(Tenant, year, form));
        }
        calendars.Invalidate();
        TempData["Notice"] = l["{0} 年工作日历已保存：新增 {1} 天，修改 {2} 天，删除 {3} 天",
            year, changes.Count(c => c.KindBefore is null), changes.Count(c => c.KindBefore is not null && c.KindAfter is not null), changes.Count(c => c.KindAfter is null)].Value;
        return LocalRedirect($"/{Tenant}/staff/calendar?year={year}");
    }

    private string Describe(CalendarLineError error, int year) => error.Problem switch
    {
        CalendarLineProblem.MissingParts => l["第 {0} 行：应为“日期 放假/调休 名称”，例如 {1}-01-01 放假 元旦", error.Line, year],
        CalendarLineProblem.BadDate => l["第 {0} 行：“{1}”不是有效日期，应写作 yyyy-MM-dd", error.Line, error.Text],
        CalendarLineProblem.OutsideYear => l["第 {0} 行：{1} 不在 {2} 年内", error.Line, error.Text, year],
        CalendarLineProblem.UnknownKind => l["第 {0} 行：“{1}”应为“放假”或“调休”", error.Line, error.Text],
        CalendarLineProblem.MissingName => l["第 {0} 行：缺少节日名称", error.Line],
        CalendarLineProblem.NameTooLong => l["第 {0} 行：节日名称不能超过 {1} 个字", error.Line, CalendarYearText.MaxNameLength],
        CalendarLineProblem.AdjustedNotWeekend => l["第 {0} 行：{1} 不是星期六或星期日，不能作为调休上班日", error.Line, error.Text],
        CalendarLineProblem.Duplicate => l["第 {0} 行：日期与第 {1} 行重复", error.Line, error.Text],
        _ => throw new ArgumentOutOfRangeException(nameof(error), error.Problem, null),
    };

    private static (DateOnly Start, DateOnly End) Bounds(int year) => (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
}
