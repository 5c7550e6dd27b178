using GrantPortal.Domain.Calendar;
using GrantPortal.Domain.Organizations;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GrantPortal.Infrastructure.Seeding;

/// <summary>
/// Loads what every installation starts with: the four associations, the holiday calendar and the seeded calls;
/// and, for demonstrations, one account per role. Idempotent: a second run adds only what is missing.
/// Runs as the table owner (system scope), the one place that writes across tenants.
/// </summary>
public sealed class PortalSeeder(PortalDbContext db, TimeProvider time, ILogger<PortalSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!db.Tenant.IsSystem)
        {
            throw new InvalidOperationException("Seeding runs in the system scope only.");
        }
        await SeedAssociationsAsync(cancellationToken);
        await SeedCalendarAsync(cancellationToken);
        await SeedCallsAsync(cancellationToken);
    }

    private async Task SeedAssociationsAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Associations.Select(a => a.Identifier).ToListAsync(cancellationToken);
        foreach (var seed in SeedData.Associations().Where(s => !existing.Contains(s.Identifier)))
        {
            db.Associations.Add(new Association(Guid.CreateVersion7(), seed.Identifier, seed.Name, seed.ShortName, seed.NameEn, seed.NumberPrefix));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedCalendarAsync(CancellationToken cancellationToken)
    {
        var existing = (await db.CalendarDays.Select(d => d.Date).ToListAsync(cancellationToken)).ToHashSet();
        var calendar = SeedData.Calendar();
        foreach (var year in calendar.Years)
        {
            foreach (var holiday in year.Holidays)
            {
                foreach (var date in holiday.Dates.Select(d => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture)).Where(existing.Add))
                {
                    db.CalendarDays.Add(new CalendarDay(date, CalendarDayKind.Holiday, holiday.Name));
                }
            }
            foreach (var day in year.AdjustedWorkingDays.Where(d => existing.Add(DateOnly.Parse(d.Date, System.Globalization.CultureInfo.InvariantCulture))))
            {
                db.CalendarDays.Add(new CalendarDay(DateOnly.Parse(day.Date, System.Globalization.CultureInfo.InvariantCulture), CalendarDayKind.AdjustedWorkingDay, day.Name));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedCallsAsync(CancellationToken cancellationToken)
    {
        var associations = await db.Associations.ToDictionaryAsync(a => a.Identifier, cancellationToken);
        foreach (var (name, json) in SeedData.Calls())
        {
            var (file, parseErrors) = CallDefinitionImporter.Parse(json);
            if (file is null || !associations.TryGetValue(file.Tenant, out var association))
            {
                throw new InvalidOperationException($"Seed call {name} cannot be read: {string.Join("; ", parseErrors)}");
            }
            var exists = await db.Calls.IgnoreQueryFilters([PortalDbContext.TenantFilter])
                .AnyAsync(c => c.TenantId == association.Id && c.Year == file.Year && c.Title == file.Title, cancellationToken);
            if (exists)
            {
                continue;
            }
            var result = CallDefinitionImporter.Import(file, association, time.GetUtcNow());
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Seed call {name} is invalid:\n{string.Join("\n", result.Errors)}");
            }
            var call = result.Call!;
            db.Calls.Add(call);
            db.CallAuditEntries.Add(CallEditor.FirstEntry(call, association, time.GetUtcNow(), new CallEditAuthor(null, "GrantPortal"), "call.seed", $"由种子数据 {name} 导入并发布"));
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Seeded call {Tenant} {Year} {Title}", association.Identifier, file.Year, file.Title);
        }
    }

    /// <summary>One account per role in each association (password <see cref="DemoAccounts.Password"/>), a demo society for the applicant, and one expert in all four.</summary>
    public async Task SeedDemoAccountsAsync(UserManager<PortalUser> users, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var associations = await db.Associations.OrderBy(a => a.Identifier).ToListAsync(cancellationToken);
        var shared = await EnsureUserAsync(users, DemoAccounts.SharedExpertEmail, "跨省评审专家", now);
        foreach (var association in associations)
        {
            var organization = await db.Organizations.IgnoreQueryFilters([PortalDbContext.TenantFilter])
                .FirstOrDefaultAsync(o => o.TenantId == association.Id && o.Name == $"{association.ShortName}演示学会", cancellationToken);
            if (organization is null)
            {
                organization = new ApplicantOrganization(
                    association.Id, $"{association.ShortName}演示学会", ApplicantType.Society, DemoCreditCode(association.NumberPrefix),
                    "演示联系人", "0000-0000000", DemoAccounts.Email(association.Identifier, "applicant"), null, now);
                db.Organizations.Add(organization);
            }
            foreach (var roleName in DemoAccounts.Roles)
            {
                var role = Enum.Parse<PortalRole>(roleName, ignoreCase: true);
                var user = await EnsureUserAsync(users, DemoAccounts.Email(association.Identifier, roleName), $"{association.ShortName}{RoleLabel(role)}", now);
                await EnsureMembershipAsync(association.Id, user.Id, role, role == PortalRole.Applicant ? organization.Id : null, now, cancellationToken);
            }
            await EnsureMembershipAsync(association.Id, shared.Id, PortalRole.Reviewer, null, now, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await new ExpertSeeder(db, time).SeedAsync(cancellationToken); // issue 6 part B: a demo expert pool per association
    }

    private async Task EnsureMembershipAsync(Guid tenantId, Guid userId, PortalRole role, Guid? organizationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var exists = await db.Memberships.IgnoreQueryFilters([PortalDbContext.TenantFilter])
            .AnyAsync(m => m.TenantId == tenantId && m.UserId == userId && m.Role == role, cancellationToken);
        if (!exists)
        {
            var membership = new TenantMembership(tenantId, userId, role, organizationId, now);
            if (role == PortalRole.Applicant)
            {
                membership.MarkOrganizationOwner(); // the demo applicant registered its demo organisation
            }
            db.Memberships.Add(membership);
        }
    }

    private static async Task<PortalUser> EnsureUserAsync(UserManager<PortalUser> users, string email, string displayName, DateTimeOffset now)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is not null)
        {
            return user;
        }
        user = PortalUser.Create(email, displayName, now, emailConfirmed: true);
        var result = await users.CreateAsync(user, DemoAccounts.Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
        return user;
    }

    private static string RoleLabel(PortalRole role) => role switch
    {
        PortalRole.Applicant => "申报用户",
        PortalRole.Staff => "工作人员",
        PortalRole.Reviewer => "评审专家",
        PortalRole.Admin => "管理员",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>A valid unified social credit code for a demo society (registration authority 5 = civil affairs, type 1 = society).</summary>
    private static UnifiedSocialCreditCode DemoCreditCode(string prefix)
    {
        var region = prefix switch { "XJ" => "650000", "GX" => "450000", "HN" => "430000", "SX" => "140000", _ => "110000" };
        var body = $"51{region}MJ0000001";
        var valid = body + UnifiedSocialCreditCode.CheckCharacter(body);
        return UnifiedSocialCreditCode.TryParse(valid, out var code) ? code! : throw new InvalidOperationException("Demo credit code invalid.");
    }
}
