using System.Globalization;
using System.Security.Claims;
using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Forms;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Applicant.Applications;

/// <summary>
/// 填写申报书: the applicant's form page (save without JavaScript, autosave with it), uploads, and the problems check.
/// Every action looks the application up by id AND the user's organisation: another organisation's answers 404.
/// </summary>
[Area("Applicant")]
[Authorize(Roles = "Applicant")]
public sealed partial class ApplicationsController(
    PortalDbContext db, TenantContext tenant, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    /// <summary>The prefix of every answer's input name, so answers never collide with Revision or the token.</summary>
    public const string Prefix = "v.";

    private const string Base = "/{tenant}/my/applications/{applicationId:guid}";

    [HttpGet(Base)]
    public async Task<IActionResult> Edit(Guid applicationId, CancellationToken cancellationToken)
    {
        var context = await LoadAsync(applicationId, cancellationToken);
        return context is null ? NotFound() : View(await PageAsync(context, context.Application.Values, context.Application.Revision, null, cancellationToken));
    }

    [HttpPost(Base + "/save")]
    public async Task<IActionResult> Save(Guid applicationId, int revision, CancellationToken cancellationToken)
    {
        var context = await LoadAsync(applicationId, cancellationToken);
        if (context is null)
        {
            return NotFound();
        }
        var values = PostedValues(context);
        try
        {
            context.Application.Save(values, revision, context.Phase, UserId, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException error)
        {
            return View(nameof(Edit), await PageAsync(context, values, revision, Message(error), cancellationToken));
        }
        catch (DbUpdateConcurrencyException)
        {
            return View(nameof(Edit), await PageAsync(context, values, revision, l["此申报书已被同单位的其他用户修改，请重新载入"], cancellationToken));
        }
        TempData["Saved"] = l["已保存"].Value;
        return Redirect(EditUrl(applicationId));
    }

    [HttpPost(Base + "/autosave")]
    public async Task<IActionResult> Autosave(Guid applicationId, int revision, CancellationToken cancellationToken)
    {
        var context = await LoadAsync(applicationId, cancellationToken);
        if (context is null)
        {
            return NotFound();
        }
        var now = time.GetUtcNow();
        try
        {
            context.Application.Save(PostedValues(context), revision, context.Phase, UserId, now);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException error)
        {
            return Conflict(new { message = Message(error), currentRevision = context.Application.Revision, code = error.Code });
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict(new { message = l["此申报书已被同单位的其他用户修改，请重新载入"].Value, currentRevision = revision + 1, code = "application.stale" });
        }
        return Json(new { revision = context.Application.Revision, savedAt = BeijingTime.ToBeijing(now).ToString("HH:mm:ss", CultureInfo.InvariantCulture) });
    }

    [HttpGet(Base + "/check")]
    public async Task<IActionResult> Check(Guid applicationId, CancellationToken cancellationToken)
    {
        var context = await LoadAsync(applicationId, cancellationToken);
        if (context is null)
        {
            return NotFound();
        }
        var problems = Problems(context, context.Application.Values);
        return View(new CheckViewModel(context, problems, new Views.Shared.Forms.ApplicationFormModel(context.Form.Schema, context.Application.Values, false, Prefix), Tenant));
    }

    private string Tenant => tenant.Association!.Identifier;

    private string EditUrl(Guid applicationId) => $"/{Tenant}/my/applications/{applicationId}";

    private Guid? UserId => User.UserId();

    private Guid? OrganizationId => Guid.TryParse(User.FindFirstValue(TenantRoleClaims.OrganizationClaim), out var id) ? id : null;

    private string Message(DomainException error) => error.Code switch
    {
        "application.stale" => l["此申报书已被同单位的其他用户修改（第 {0} 版）", error.Arguments.Count > 0 ? error.Arguments[0] : "?"],
        "application.read_only" => l["此申报书已不能修改"],
        _ => Display.DomainMessages.Describe(error, l),
    };

    /// <summary>The application of the user's organisation with its call, category and form version; null otherwise.</summary>
    private async Task<ApplicationContext?> LoadAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        if (OrganizationId is not { } organizationId)
        {
            return null;
        }
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId && a.OrganizationId == organizationId, cancellationToken);
        if (application is null)
        {
            return null;
        }
        // Tracked, so EF links the category tree (effective amount rules walk up to the parent).
        var call = await db.Calls.Include(c => c.Categories).AsSplitQuery().SingleAsync(c => c.Id == application.CallId, cancellationToken);
        var category = call.Categories.Single(c => c.Id == application.CategoryId);
        var form = await db.Forms.AsNoTracking().SingleAsync(f => f.Id == application.FormDefinitionId, cancellationToken);
        var now = time.GetUtcNow();
        return new ApplicationContext(application, call, category, form, call.PhaseAt(now), now);
    }

    /// <summary>
    /// The answers as posted (prefixed names; several values of one name, a multiple choice, joined by newlines). File
    /// fields keep their stored file ids: an input of type file posts only a name, and uploads have their own action.
    /// </summary>
    private Dictionary<string, string> PostedValues(ApplicationContext context)
    {
        var fileKeys = context.Form.Schema.AllFields().Where(f => f.Type == FieldType.File).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Request.HasFormContentType)
        {
            foreach (var (name, posted) in Request.Form)
            {
                if (!name.StartsWith(Prefix, StringComparison.Ordinal) || fileKeys.Contains(name[Prefix.Length..]))
                {
                    continue;
                }
                var joined = string.Join("\n", posted.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()));
                if (joined.Length > 0)
                {
                    values[name[Prefix.Length..]] = joined;
                }
            }
        }
        foreach (var key in fileKeys)
        {
            if (context.Application.Values.TryGetValue(key, out var fileId))
            {
                values[key] = fileId;
            }
        }
        return values;
    }

    private static IReadOnlyList<ApplicationProblem> Problems(ApplicationContext context, IReadOnlyDictionary<string, string> values)
    {
        var children = context.Category.Children.ToDictionary(c => c.Code, c => c.EffectiveAmountRule, StringComparer.Ordinal);
        return ApplicationChecks.Check(context.Form.Schema, values, context.Category.EffectiveAmountRule, children);
    }
}
