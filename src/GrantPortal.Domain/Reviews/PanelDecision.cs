using GrantPortal.Domain.Common;
using GrantPortal.Domain.Reviews.Ranking;

namespace GrantPortal.Domain.Reviews;

/// <summary>
/// 评审委员会决定: the final list and amounts of one call. Started from the allocation; staff then record the panel's
/// changes line by line, each with a reason, each kept within the amount rule and every quota and cap; finally
/// confirmed, which locks it for the public notice (立项公示). <see cref="Version"/> goes up with every change and a
/// change made from an older version is refused, so two staff never overwrite each other.
/// </summary>
public sealed class PanelDecision : ITenantOwned
{
    private readonly List<DecisionLine> _lines = [];

    private PanelDecision() { }

    private PanelDecision(Guid tenantId, Guid callId, Guid? userId, string userName, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        CallId = callId;
        Status = PanelDecisionStatus.Draft;
        Version = 1;
        CreatedAt = now;
        CreatedBy = userId;
        CreatedByName = userName;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid CallId { get; private set; }
    public PanelDecisionStatus Status { get; private set; }
    /// <summary>Concurrency token: up by one with every change.</summary>
    public int Version { get; private set; }
    /// <summary>Whether the allocation it was started from used normalised scores.</summary>
    public bool Normalised { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public string CreatedByName { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public Guid? ConfirmedBy { get; private set; }
    public string? ConfirmedByName { get; private set; }
    public IReadOnlyList<DecisionLine> Lines => _lines;

    public bool IsConfirmed => Status == PanelDecisionStatus.Confirmed;

    /// <summary>The approved applications and their amounts.</summary>
    public IEnumerable<(Guid ApplicationId, decimal Amount)> Approved =>
        _lines.Where(l => l.Approved).Select(l => (l.ApplicationId, l.Amount ?? 0m));

    /// <summary>Starts the decision from the allocation: every ranked application, funded ones approved at the proposed amount.</summary>
    public static (PanelDecision Decision, DecisionChange Change) Start(Guid tenantId, CallRanking ranking, Guid? userId, string userName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var decision = new PanelDecision(tenantId, ranking.Call.Id, userId, userName, now) { Normalised = ranking.Options.Normalise };
        foreach (var group in ranking.Groups)
        {
            foreach (var line in group.Lines)
            {
                var funded = line.Outcome == FundingOutcome.Funded;
                decision._lines.Add(new DecisionLine(
                    decision, line.Candidate.ApplicationId, group.Node.Id, line.Rank, line.ProposedAmount, line.ReserveOrder, funded, funded ? line.ProposedAmount : null));
            }
        }
        return (decision, new DecisionChange(decision, DecisionChange.StartAction, null, null, null, null, "", userId, userName, now));
    }

    /// <summary>
    /// Changes one line. Refused (DomainException) when the version is stale, the decision is confirmed, the reason is
    /// missing, the amount breaks the amount rule, or the result would break a quota or cap (the message names the
    /// figures).
    /// </summary>
    public DecisionChange Change(
        Guid applicationId, bool approved, decimal? amount, string reason, int expectedVersion, DecisionLimits limits,
        Guid? userId, string userName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(limits);
        EnsureOpen(expectedVersion);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("decision.reason_required", "A reason is required.");
        }
        var line = _lines.SingleOrDefault(l => l.ApplicationId == applicationId)
            ?? throw new DomainException("decision.unknown_application", "The application is not part of this decision.");
        if (approved)
        {
            if (amount is not { } yuan)
            {
                throw new DomainException("decision.amount_required", "An approved application needs an amount.");
            }
            if (limits.AmountProblem(applicationId, yuan) is { } problem)
            {
                throw new DomainException("decision.amount_rule", problem);
            }
        }
        var after = approved ? amount : null;
        if (line.Approved == approved && line.Amount == after)
        {
            throw new DomainException("decision.unchanged", "Nothing was changed.");
        }
        var result = _lines.Where(l => l.Approved && l.ApplicationId != applicationId).Select(l => (l.ApplicationId, l.Amount ?? 0m)).ToList();
        if (approved)
        {
            result.Add((applicationId, after!.Value));
        }
        var breaches = limits.Breaches(result);
        if (breaches.Count > 0)
        {
            throw new DomainException("decision.limits", string.Join("；", breaches));
        }
        var before = (line.Approved, line.Amount);
        line.Set(approved, after);
        Touch(now);
        return new DecisionChange(this, DecisionChange.ChangeAction, applicationId, before, approved, after, reason.Trim(), userId, userName, now);
    }

    /// <summary>确认: locks the decision; refused when stale, already confirmed, or a quota or cap is broken.</summary>
    public DecisionChange Confirm(int expectedVersion, DecisionLimits limits, Guid? userId, string userName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(limits);
        EnsureOpen(expectedVersion);
        var breaches = limits.Breaches(Approved);
        if (breaches.Count > 0)
        {
            throw new DomainException("decision.limits", string.Join("；", breaches));
        }
        Status = PanelDecisionStatus.Confirmed;
        ConfirmedAt = now;
        ConfirmedBy = userId;
        ConfirmedByName = userName;
        Touch(now);
        return new DecisionChange(this, DecisionChange.ConfirmAction, null, null, null, null, "", userId, userName, now);
    }

    private void EnsureOpen(int expectedVersion)
    {
        if (expectedVersion != Version)
        {
            throw new DomainException("decision.stale", "The decision was changed since it was opened.", Version);
        }
        if (IsConfirmed)
        {
            throw new DomainException("decision.confirmed", "The decision is confirmed and can no longer be changed.");
        }
    }

    private void Touch(DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
    }
}
