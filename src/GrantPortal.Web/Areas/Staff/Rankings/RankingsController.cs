using GrantPortal.Domain.Common;
using GrantPortal.Domain.Reviews.Ranking;
using GrantPortal.Infrastructure.Reviews.Ranking;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.Web.Display;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Staff.Rankings;

/// <summary>
/// 评审排序: a call's review progress, ranking and allocation within quotas and caps (optionally on normalised scores),
/// its exports, and the panel's decision (评审委员会决定) recorded line by line with reasons, then confirmed.
/// </summary>
[Area("Staff")]
[Authorize(Roles = "Staff,Admin")]
public sealed class RankingsController(
    RankingService rankings, DecisionService decisions, TenantContext tenant, IStringLocalizer<SharedResource> l) : Controller
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet("/{tenant}/staff/calls/{id:guid}/ranking")]
    public async Task<IActionResult> Index(Guid id, [FromQuery] RankingQuery query, CancellationToken cancellationToken)
    {
        var options = query.ToOptions();
        var snapshot = await rankings.LoadAsync(id, options, cancellationToken);
        return snapshot is null ? NotFound() : View(new RankingPage(snapshot, options, query.ToQueryString(options)));
    }

    [HttpGet("/{tenant}/staff/calls/{id:guid}/ranking.xlsx")]
    public async Task<IActionResult> Xlsx(Guid id, [FromQuery] RankingQuery query, CancellationToken cancellationToken)
    {
        var snapshot = await rankings.LoadAsync(id, query.ToOptions(), cancellationToken);
        if (snapshot is null)
        {
            return NotFound();
        }
        return FileDownload.Send(this, RankingExport.Xlsx(snapshot.Ranking, snapshot.Decision, l["评审排序"]), XlsxType, FileName(snapshot, "xlsx"));
    }

    [HttpGet("/{tenant}/staff/calls/{id:guid}/ranking.csv")]
    public async Task<IActionResult> Csv(Guid id, [FromQuery] RankingQuery query, CancellationToken cancellationToken)
    {
        var snapshot = await rankings.LoadAsync(id, query.ToOptions(), cancellationToken);
        if (snapshot is null)
        {
            return NotFound();
        }
        return FileDownload.Send(this, RankingExport.Csv(snapshot.Ranking, snapshot.Decision), "text/csv; charset=utf-8", FileName(snapshot, "csv"));
    }

    [HttpGet("/{tenant}/staff/calls/{id:guid}/decision")]
    public async Task<IActionResult> Decision(Guid id, Guid? edit, CancellationToken cancellationToken)
    {
        var page = await PageAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        if (edit is { } applicationId && page.Decision?.Lines.FirstOrDefault(x => x.ApplicationId == applicationId) is { } line)
        {
            page = page with
            {
                Form = new DecisionChangeForm
                {
                    ApplicationId = applicationId,
                    Approved = line.Approved,
                    Amount = (line.Amount ?? line.ProposedAmount)?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
                    Version = page.Decision.Version,
                },
            };
        }
        return View(page);
    }

    [HttpPost("/{tenant}/staff/calls/{id:guid}/decision/start")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Start(Guid id, bool normalise, CancellationToken cancellationToken)
    {
        var outcome = await decisions.StartAsync(id, RankingOptions.Default with { Normalise = normalise }, User.ToAuthor(), cancellationToken);
        if (outcome.Status == DecisionOutcomeStatus.NotFound)
        {
            return NotFound();
        }
        TempData["Notice"] = outcome.Status == DecisionOutcomeStatus.Saved
            ? l["已按资助建议生成评审委员会决定，可逐项修改"].Value
            : l["评审委员会决定已由他人生成"].Value;
        return LocalRedirect(DecisionUrl(id));
    }

    [HttpPost("/{tenant}/staff/calls/{id:guid}/decision/change")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Change(Guid id, DecisionChangeForm form, CancellationToken cancellationToken)
    {
        var page = await PageAsync(id, cancellationToken);
        if (page?.Decision is null)
        {
            return NotFound();
        }
        if (page.Decision.Lines.All(x => x.ApplicationId != form.ApplicationId))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Decision", page with { Form = form });
        }
        var outcome = await decisions.ChangeAsync(
            id, form.ApplicationId, form.Approved, form.Approved ? form.ParsedAmount : null, form.Reason ?? "", form.Version, User.ToAuthor(), cancellationToken);
        return await AfterAsync(id, outcome, form, l["修改已保存并记录"], cancellationToken);
    }

    [HttpPost("/{tenant}/staff/calls/{id:guid}/decision/confirm")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Confirm(Guid id, int version, CancellationToken cancellationToken)
    {
        var page = await PageAsync(id, cancellationToken);
        if (page?.Decision is null)
        {
            return NotFound();
        }
        var outcome = await decisions.ConfirmAsync(id, version, User.ToAuthor(), cancellationToken);
        return await AfterAsync(id, outcome, null, l["评审委员会决定已确认"], cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(Guid id, DecisionOutcome outcome, DecisionChangeForm? form, string saved, CancellationToken cancellationToken)
    {
        if (outcome.Status == DecisionOutcomeStatus.Saved)
        {
            TempData["Notice"] = saved;
            return LocalRedirect(DecisionUrl(id));
        }
        var page = (await PageAsync(id, cancellationToken))!;
        Response.StatusCode = outcome.Status == DecisionOutcomeStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        if (outcome.Status == DecisionOutcomeStatus.Conflict)
        {
            var since = form?.Version ?? 0;
            if (form is not null && page.Decision is { } current)
            {
                // What was typed stays; posting it again applies it on top of the changes just shown.
                form.Version = current.Version;
            }
            return View("Decision", page with { Form = form, Missed = page.History.Where(h => h.Version > since).ToList() });
        }
        return View("Decision", page with { Form = form, Error = Describe(outcome.Error!) });
    }

    private string Describe(DomainException error) => error.Code switch
    {
        "decision.reason_required" => l["请填写修改原因"],
        "decision.amount_required" => l["立项的项目请填写资助金额"],
        "decision.amount_rule" or "decision.limits" => l["修改被拒绝：{0}", error.Message],
        "decision.unchanged" => l["没有任何修改"],
        "decision.confirmed" => l["评审委员会决定已确认，不能再修改"],
        _ => DomainMessages.Describe(error, l),
    };

    private async Task<DecisionPage?> PageAsync(Guid id, CancellationToken cancellationToken)
    {
        var snapshot = await rankings.LoadAsync(id, RankingOptions.Default, cancellationToken);
        if (snapshot is null)
        {
            return null;
        }
        if (snapshot.Decision is not { } decision)
        {
            return new DecisionPage(snapshot, null, snapshot.Ranking.Totals, []);
        }
        // The decision's lines are shown in the order they were ranked when it started.
        snapshot = await rankings.LoadAsync(id, RankingOptions.Default with { Normalise = decision.Normalised }, cancellationToken) ?? snapshot;
        var totals = DecisionLimits.From(snapshot.Ranking).Totals(decision.Approved);
        return new DecisionPage(snapshot, decision, totals, await decisions.HistoryAsync(decision.Id, cancellationToken));
    }

    private string DecisionUrl(Guid id) => $"/{tenant.Association!.Identifier}/staff/calls/{id}/decision";

    private string FileName(RankingSnapshot snapshot, string extension) =>
        $"{snapshot.Call.Year}-{snapshot.Call.Title}-{l["评审排序"]}.{extension}";
}
