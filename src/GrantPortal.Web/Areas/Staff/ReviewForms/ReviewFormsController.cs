using System.Globalization;
using GrantPortal.Domain.Common;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Reviews.Scoring;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.ReviewForms;

/// <summary>
/// 评审表设置: the review form of each category (criteria, weights summing to 100, maximum scores, recommendations,
/// suggested amount, shortest comment, lock after due), a call-wide default, and copying a form to other categories.
/// A form on which a score was submitted can no longer change.
/// </summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class ReviewFormsController(PortalDbContext db, ReviewFormStore forms, TenantContext tenant, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("/{tenant}/staff/calls/{id:guid}/review-forms")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Id, c.Title }).SingleOrDefaultAsync(cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        var formsOfCall = await forms.OfCallAsync(id, cancellationToken);
        var categories = await CategoriesAsync(id, cancellationToken);
        var rows = categories.Select(c => new ReviewFormsListRow(c, ReviewFormStore.Effective(formsOfCall, c.Id))).ToList();
        return View(new ReviewFormsListPage(call.Id, call.Title, ReviewFormStore.CallWide(formsOfCall), rows));
    }

    [HttpGet("/{tenant}/staff/calls/{id:guid}/review-form")]
    public async Task<IActionResult> CallWide(Guid id, CancellationToken cancellationToken)
    {
        var page = await CallWidePageAsync(id, null, cancellationToken);
        return page is null ? NotFound() : View("Edit", page);
    }

    [HttpPost("/{tenant}/staff/calls/{id:guid}/review-form")]
    public async Task<IActionResult> CallWide(Guid id, ReviewFormInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var page = await CallWidePageAsync(id, input, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        return await SaveAsync(page, input, cancellationToken);
    }

    [HttpGet("/{tenant}/staff/categories/{id:guid}/review-form")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var page = await CategoryPageAsync(id, null, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("/{tenant}/staff/categories/{id:guid}/review-form")]
    public async Task<IActionResult> Edit(Guid id, ReviewFormInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var page = await CategoryPageAsync(id, input, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        return await SaveAsync(page, input, cancellationToken);
    }

    [HttpPost("/{tenant}/staff/categories/{id:guid}/review-form/reset")]
    public async Task<IActionResult> Reset(Guid id, CancellationToken cancellationToken)
    {
        var category = await db.Categories.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Id, c.CallId }).SingleOrDefaultAsync(cancellationToken);
        if (category is null)
        {
            return NotFound();
        }
        try
        {
            await forms.ResetAsync(category.CallId, category.Id, cancellationToken);
            TempData["Notice"] = l["本类别改用通知统一评审表"].Value;
        }
        catch (DomainException e) when (e.Code == "review_form.scored")
        {
            TempData["Error"] = l["已有专家提交评分，评审表不能再修改"].Value;
        }
        return LocalRedirect($"/{tenant.Association!.Identifier}/staff/categories/{id}/review-form");
    }

    private async Task<IActionResult> SaveAsync(ReviewFormPage page, ReviewFormInput input, CancellationToken cancellationToken)
    {
        if (page.Scored)
        {
            ModelState.AddModelError("", l["已有专家提交评分，评审表不能再修改"]);
        }
        var content = input.ToContent();
        if (ModelState.IsValid && content.WeightSum != 100m)
        {
            ModelState.AddModelError("Criteria", l["各项权重之和为 {0}，必须等于 100", content.WeightSum.ToString("0.##", CultureInfo.InvariantCulture)]);
        }
        var targets = page.Others.Where(o => input.CopyTo.Contains(o.Id)).ToList();
        if (targets.Any(t => t.Scored))
        {
            ModelState.AddModelError(nameof(input.CopyTo), l["以下类别已有专家提交评分，不能复制：{0}", string.Join(l["、"], targets.Where(t => t.Scored).Select(t => t.Code))]);
        }
        if (ModelState.IsValid && content.Problems().FirstOrDefault() is { } problem)
        {
            // Whatever the checks above let through (a duplicate key posted by hand …), in the domain's words.
            ModelState.AddModelError("", problem);
        }
        if (!ModelState.IsValid)
        {
            return View("Edit", page);
        }
        var author = User.Identity?.Name ?? "?";
        try
        {
            var ids = targets.Select(t => t.Id).ToList();
            if (page.Category is { } own)
            {
                ids.Add(own.Id);
            }
            await forms.CopyAsync(page.CallId, content, ids, author, cancellationToken);
            if (page.Category is null)
            {
                await forms.SaveAsync(page.CallId, null, content, author, cancellationToken);
            }
        }
        catch (DomainException e) when (e.Code == "review_form.scored")
        {
            ModelState.AddModelError("", l["已有专家提交评分，评审表不能再修改"]);
            return View("Edit", page);
        }
        TempData["Notice"] = targets.Count == 0 ? l["评审表已保存"].Value : l["评审表已保存，并复制到 {0} 个类别", targets.Count].Value;
        var back = page.Category is { } category
            ? $"/{tenant.Association!.Identifier}/staff/categories/{category.Id}/review-form"
            : $"/{tenant.Association!.Identifier}/staff/calls/{page.CallId}/review-form";
        return LocalRedirect(back);
    }

    private async Task<ReviewFormPage?> CategoryPageAsync(Guid categoryId, ReviewFormInput? input, CancellationToken cancellationToken)
    {
        var category = await db.Categories.AsNoTracking().Where(c => c.Id == categoryId).Select(c => new { c.Id, c.CallId }).SingleOrDefaultAsync(cancellationToken);
        if (category is null)
        {
            return null;
        }
        var call = await db.Calls.AsNoTracking().Where(c => c.Id == category.CallId).Select(c => new { c.Id, c.Title }).SingleAsync(cancellationToken);
        var categories = await CategoriesAsync(call.Id, cancellationToken);
        var own = await db.Categories.AsNoTracking().Where(c => c.Id == categoryId)
            .Select(c => new CategoryRef(c.Id, c.Code, c.Name, db.ReviewScores.Any(s => s.CategoryId == c.Id)))
            .SingleAsync(cancellationToken);
        var current = await forms.ForCategoryAsync(call.Id, categoryId, cancellationToken);
        return new ReviewFormPage(
            call.Id, call.Title, own, input ?? ReviewFormInput.From(current.Content), current, own.Scored, categories.Where(c => c.Id != categoryId).ToList());
    }

    private async Task<ReviewFormPage?> CallWidePageAsync(Guid callId, ReviewFormInput? input, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().Where(c => c.Id == callId).Select(c => new { c.Id, c.Title }).SingleOrDefaultAsync(cancellationToken);
        if (call is null)
        {
            return null;
        }
        var categories = await CategoriesAsync(call.Id, cancellationToken);
        var current = ReviewFormStore.CallWide(await forms.OfCallAsync(callId, cancellationToken));
        var scored = await forms.CallWideScoredAsync(callId, cancellationToken);
        return new ReviewFormPage(call.Id, call.Title, null, input ?? ReviewFormInput.From(current.Content), current, scored, categories);
    }

    /// <summary>The call's categories that take applications (those with an application form), in tree order.</summary>
    private async Task<List<CategoryRef>> CategoriesAsync(Guid callId, CancellationToken cancellationToken)
    {
        var scored = await db.ReviewScores.Where(s => s.CallId == callId).Select(s => s.CategoryId).Distinct().ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().Include(c => c.Forms).Where(c => c.CallId == callId).ToListAsync(cancellationToken);
        return categories
            .Where(c => c.IsApplicable)
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => new CategoryRef(c.Id, c.Code, c.Name, scored.Contains(c.Id)))
            .ToList();
    }
}
