using GrantPortal.Domain.Common;
using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Reviews;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Experts;

/// <summary>评审专家库: the association's experts, searched, added, edited and linked to the accounts they sign in with.</summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class ExpertsController(
    PortalDbContext db, TenantContext tenant, ExpertAccounts accounts, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    private string Home => $"/{tenant.Association!.Identifier}/staff/experts";

    [HttpGet("/{tenant}/staff/experts")]
    public async Task<IActionResult> Index(string? q, string? type, string? availability, CancellationToken cancellationToken)
    {
        var experts = await db.Experts.AsNoTracking().OrderBy(e => e.Type).ThenBy(e => e.Name).ToListAsync(cancellationToken);
        var open = await db.ReviewAssignments.AsNoTracking()
            .Where(a => a.Status == ReviewAssignmentStatus.Assigned)
            .GroupBy(a => a.ExpertId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var query = (q ?? "").Trim();
        var found = experts.Where(e =>
                query.Length == 0
                || e.Name.Contains(query, StringComparison.OrdinalIgnoreCase)
                || e.Organization.Contains(query, StringComparison.OrdinalIgnoreCase)
                || e.Fields.Concat(e.Keywords).Any(k => k.Contains(query, StringComparison.OrdinalIgnoreCase) || query.Contains(k, StringComparison.OrdinalIgnoreCase)))
            .Where(e => !Enum.TryParse<ExpertType>(type, out var t) || e.Type == t)
            .Where(e => availability switch { "yes" => e.Available, "no" => !e.Available, _ => true })
            .Select(e => new ExpertRow(e, open.GetValueOrDefault(e.Id)))
            .ToList();
        return View(new ExpertsPage(q, type, availability, found, experts.Count));
    }

    [HttpGet("/{tenant}/staff/experts/new")]
    public IActionResult New() => View("Edit", new ExpertEditPage(new ExpertForm(), null, null));

    [HttpPost("/{tenant}/staff/experts/new")]
    public async Task<IActionResult> New(ExpertForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View("Edit", new ExpertEditPage(form, null, null));
        }
        var expert = new Expert(tenant.TenantId!.Value, form.Name, form.Organization, form.Type!.Value, time.GetUtcNow());
        form.ApplyTo(expert);
        db.Experts.Add(expert);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = l["已添加专家 {0}", expert.Name].Value;
        return LocalRedirect($"{Home}/{expert.Id}");
    }

    [HttpGet("/{tenant}/staff/experts/{expertId:guid}")]
    public async Task<IActionResult> Edit(Guid expertId, CancellationToken cancellationToken)
    {
        var expert = await db.Experts.AsNoTracking().SingleOrDefaultAsync(e => e.Id == expertId, cancellationToken);
        return expert is null ? NotFound() : View(await PageAsync(ExpertForm.Of(expert), expert, cancellationToken));
    }

    [HttpPost("/{tenant}/staff/experts/{expertId:guid}")]
    public async Task<IActionResult> Edit(Guid expertId, ExpertForm form, CancellationToken cancellationToken)
    {
        var expert = await db.Experts.SingleOrDefaultAsync(e => e.Id == expertId, cancellationToken);
        if (expert is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View(await PageAsync(form, expert, cancellationToken));
        }
        try
        {
            form.ApplyTo(expert);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return View(await PageAsync(form, expert, cancellationToken));
        }
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = l["已保存"].Value;
        return LocalRedirect($"{Home}/{expert.Id}");
    }

    /// <summary>关联登录账户: gives the account of the e-mail the Reviewer role here, or creates it and e-mails an invitation.</summary>
    [HttpPost("/{tenant}/staff/experts/{expertId:guid}/link")]
    public async Task<IActionResult> Link(Guid expertId, string? linkEmail, CancellationToken cancellationToken)
    {
        var expert = await db.Experts.SingleOrDefaultAsync(e => e.Id == expertId, cancellationToken);
        if (expert is null)
        {
            return NotFound();
        }
        var email = (linkEmail ?? "").Trim();
        if (email.Length is 0 or > 256 || !System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            ModelState.AddModelError("LinkEmail", l["请填写有效的邮箱"]);
            return View("Edit", await PageAsync(ExpertForm.Of(expert), expert, cancellationToken, email));
        }
        var association = tenant.Association!.Identifier;
        var outcome = await accounts.LinkAsync(expert, email,
            (userId, token) => $"{Request.Scheme}://{Request.Host}/{association}/review/welcome?user={userId}&token={Uri.EscapeDataString(token)}",
            cancellationToken);
        if (outcome == ExpertAccountLink.LinkedToAnother)
        {
            ModelState.AddModelError("LinkEmail", l["该账户已关联到专家库中的另一位专家"]);
            return View("Edit", await PageAsync(ExpertForm.Of(expert), expert, cancellationToken, email));
        }
        TempData["Notice"] = outcome == ExpertAccountLink.NewAccountInvited
            ? l["已为 {0} 创建账户并发送设置密码的邀请邮件", email].Value
            : l["已关联账户 {0}，并授予本科协评审专家角色", email].Value;
        return LocalRedirect($"{Home}/{expert.Id}");
    }

    private async Task<ExpertEditPage> PageAsync(ExpertForm form, Expert expert, CancellationToken cancellationToken, string? typedEmail = null)
    {
        var linked = expert.UserId is { } userId
            ? await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken)
            : null;
        ViewData["LinkEmail"] = typedEmail ?? expert.Email;
        return new ExpertEditPage(form, expert, linked);
    }
}
