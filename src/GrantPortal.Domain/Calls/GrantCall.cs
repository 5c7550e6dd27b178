using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Calls;

/// <summary>
/// 年度申报通知: one association's call for proposals for one year, with its category tree, forms, deadlines,
/// limits, disbursement schedule and review settings. What a notice says is data here, not code.
/// </summary>
public sealed class GrantCall : ITenantOwned
{
    private readonly List<GrantCategory> _categories = [];

    private GrantCall() { }

    public GrantCall(Guid tenantId, int year, string title, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        Year = year;
        Title = title.Trim();
        Status = CallStatus.Draft;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Year { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>文号 (桂科协学发〔2023〕16号).</summary>
    public string? DocumentNumber { get; private set; }
    public string? IssuedBy { get; private set; }
    public DateOnly? IssuedOn { get; private set; }
    public string NoticeText { get; private set; } = "";
    /// <summary>When applications open; null = from publication.</summary>
    public DateTimeOffset? OpensAt { get; private set; }
    /// <summary>The instant submissions close (exclusive: an 18:00 deadline refuses 18:00:00); null = not stated.</summary>
    public DateTimeOffset? SubmissionDeadline { get; private set; }
    /// <summary>The notice gives a date only: the call closes when that Beijing day ends.</summary>
    public bool SubmissionDeadlineIsEndOfDay { get; private set; }
    public DeadlineRule? CompletionDeadline { get; private set; }
    public DeadlineRule? AcceptanceDeadline { get; private set; }
    /// <summary>项目周期 in months.</summary>
    public int? ProjectPeriodMonths { get; private set; }
    /// <summary>每个单位申报项目不超过 N 项; null = no limit stated.</summary>
    public int? ApplicationLimitPerOrganization { get; private set; }
    public SubmissionRequirements Submission { get; private set; } = new();
    /// <summary>分期拨付; empty = the notice does not say.</summary>
    public IReadOnlyList<TrancheRule> Disbursement { get; private set; } = [];
    public ReviewSettings Review { get; private set; } = new();
    public Eligibility Eligibility { get; private set; } = Eligibility.Anyone;
    public SpendingRules SpendingRules { get; private set; } = new();
    public IReadOnlyList<DebarmentRule> Debarments { get; private set; } = [];
    public IReadOnlyList<ContactPerson> Contacts { get; private set; } = [];
    /// <summary>Where the notice is silent or contradicts itself, and what was chosen.</summary>
    public IReadOnlyList<string> Notes { get; private set; } = [];
    public CallStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    /// <summary>Closed early by staff.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>
    /// 修订号: goes up by one with every saved change to the call, its categories or its forms. An editor posts the
    /// revision it started from; a save from an older revision is refused, so two staff never overwrite each other.
    /// </summary>
    public int Revision { get; private set; }
    public IReadOnlyList<GrantCategory> Categories => _categories;

    public IEnumerable<GrantCategory> RootCategories => _categories.Where(c => c.ParentId is null && c.Parent is null).OrderBy(c => c.SortOrder);

    /// <summary>Every node, depth first in notice order.</summary>
    public IEnumerable<GrantCategory> AllCategories => RootCategories.SelectMany(c => c.SelfAndDescendants());

    public CallPhase PhaseAt(DateTimeOffset now) => PhaseOf(Status, OpensAt, SubmissionDeadline, ClosedAt, now);

    /// <summary>未开放 / 申报中 / 已截止 at <paramref name="now"/>: closed from the deadline's instant on (18:00:00 is too late for 18:00).</summary>
    public static CallPhase PhaseOf(CallStatus status, DateTimeOffset? opensAt, DateTimeOffset? deadline, DateTimeOffset? closedAt, DateTimeOffset now) => status switch
    {
        CallStatus.Draft => CallPhase.NotOpen,
        CallStatus.Published when closedAt <= now || deadline <= now => CallPhase.Closed,
        CallStatus.Published when opensAt > now => CallPhase.NotOpen,
        CallStatus.Published => CallPhase.Open,
        _ => throw new InvalidOperationException($"Unknown call status {status}."),
    };

    /// <summary>Renames the call or moves it to another year (draft only: applicants know a published call by its title).</summary>
    public void Rename(int year, string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        EnsureEditable();
        Year = year;
        Title = title.Trim();
    }

    /// <summary>The notice's number, issuer, date and text. A published call may still correct them.</summary>
    public void DescribeNotice(string? documentNumber, string? issuedBy, DateOnly? issuedOn, string noticeText)
    {
        // Allowed on a published call too.
        DocumentNumber = documentNumber;
        IssuedBy = issuedBy;
        IssuedOn = issuedOn;
        NoticeText = noticeText;
    }

    public void Schedule(
        DateTimeOffset? opensAt, DateTimeOffset? submissionDeadline, bool deadlineIsEndOfDay,
        DeadlineRule? completionDeadline, DeadlineRule? acceptanceDeadline, int? projectPeriodMonths)
    {
        // Allowed on a published call too: an extension or a correction; closing early has its own transition.
        OpensAt = opensAt?.ToUniversalTime();
        SubmissionDeadline = submissionDeadline?.ToUniversalTime();
        SubmissionDeadlineIsEndOfDay = submissionDeadline is not null && deadlineIsEndOfDay;
        CompletionDeadline = completionDeadline;
        AcceptanceDeadline = acceptanceDeadline;
        ProjectPeriodMonths = projectPeriodMonths;
    }

    public void SetRules(
        int? applicationLimitPerOrganization, SubmissionRequirements submission, IReadOnlyList<TrancheRule> disbursement,
        ReviewSettings review, Eligibility eligibility, SpendingRules spendingRules, IReadOnlyList<DebarmentRule> debarments,
        IReadOnlyList<ContactPerson> contacts, IReadOnlyList<string> notes)
    {
        EnsureEditable();
        ApplicationLimitPerOrganization = applicationLimitPerOrganization;
        Submission = submission;
        Disbursement = disbursement;
        Review = review;
        Eligibility = eligibility;
        SpendingRules = spendingRules;
        Debarments = debarments;
        Contacts = contacts;
        Notes = notes;
    }

    /// <summary>联系人 of the call; a published call may change them.</summary>
    public void SetContacts(IReadOnlyList<ContactPerson> contacts)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        // Allowed on a published call too.
        Contacts = contacts;
    }

    public GrantCategory AddCategory(GrantCategory? parent, string code, string name)
    {
        EnsureEditable();
        if (parent is not null && parent.CallId != Id)
        {
            throw new DomainException("call.category_other_call", "The parent belongs to another call.");
        }
        var category = parent is null
            ? new GrantCategory(this, null, code, name, RootCategories.Count())
            : parent.AddChild(code, name);
        _categories.Add(category);
        return category;
    }

    /// <summary>
    /// Moves a node (with its subtree) under <paramref name="newParent"/> (null = top level) at <paramref name="position"/>
    /// among its new siblings; the siblings it leaves and joins are renumbered.
    /// </summary>
    public void MoveCategory(GrantCategory category, GrantCategory? newParent, int position)
    {
        ArgumentNullException.ThrowIfNull(category);
        EnsureEditable();
        EnsureOwn(category);
        if (newParent is not null)
        {
            EnsureOwn(newParent);
            if (newParent == category || newParent.Ancestors().Contains(category))
            {
                throw new DomainException("call.category_move_cycle", "A category cannot move under itself or its own descendants.");
            }
        }
        var oldSiblings = Siblings(category.Parent).Where(c => c != category).ToList();
        category.Parent?.RemoveChild(category);
        Renumber(oldSiblings);
        var newSiblings = Siblings(newParent).Where(c => c != category).ToList();
        newSiblings.Insert(Math.Clamp(position, 0, newSiblings.Count), category);
        category.AttachTo(newParent);
        Renumber(newSiblings);
    }

    /// <summary>Removes a node and everything under it; returns the removed nodes (the node first).</summary>
    public IReadOnlyList<GrantCategory> RemoveCategory(GrantCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        EnsureEditable();
        EnsureOwn(category);
        var removed = category.SelfAndDescendants().ToList();
        category.Parent?.RemoveChild(category);
        foreach (var node in removed)
        {
            _categories.Remove(node);
        }
        Renumber(Siblings(category.Parent).ToList());
        return removed;
    }

    /// <summary>Publishes the call; refused while any invariant is broken.</summary>
    public void Publish(DateTimeOffset now)
    {
        if (Status != CallStatus.Draft)
        {
            throw new DomainException("call.not_draft", "Only a draft call can be published.");
        }
        var violations = CallInvariants.Check(this).ToList();
        if (!RootCategories.Any())
        {
            violations.Add(new CallViolation(null, "至少需要一个项目类别"));
        }
        if (violations.Count > 0)
        {
            throw new DomainException("call.invalid", string.Join("; ", violations.Select(v => v.ToString())));
        }
        Status = CallStatus.Published;
        PublishedAt = now;
    }

    /// <summary>
    /// 提前截止: stops submissions now, before the deadline. The reason goes to the audit log.
    /// </summary>
    public void CloseEarly(DateTimeOffset now, string reason)
    {
        RequireReason(reason);
        if (Status != CallStatus.Published || PhaseAt(now) == CallPhase.Closed)
        {
            throw new DomainException("call.not_open", "Only a published call that has not closed can be closed early.");
        }
        ClosedAt = now;
    }

    /// <summary>
    /// 重新开放: takes submissions again after an early close or a passed deadline, with a recorded reason. When the
    /// deadline has passed a new one, later than now, is required.
    /// </summary>
    public void Reopen(DateTimeOffset now, string reason, DateTimeOffset? newDeadline, bool newDeadlineIsEndOfDay)
    {
        RequireReason(reason);
        if (Status != CallStatus.Published || PhaseAt(now) != CallPhase.Closed)
        {
            throw new DomainException("call.not_closed", "Only a closed call can be reopened.");
        }
        if (newDeadline is { } deadline)
        {
            if (deadline <= now)
            {
                throw new DomainException("call.deadline_past", "The new deadline must be later than now.");
            }
            SubmissionDeadline = deadline.ToUniversalTime();
            SubmissionDeadlineIsEndOfDay = newDeadlineIsEndOfDay;
        }
        else if (SubmissionDeadline <= now)
        {
            throw new DomainException("call.deadline_required", "The deadline has passed: a new deadline is required to reopen.");
        }
        ClosedAt = null;
    }

    /// <summary>Counts one saved change (see <see cref="Revision"/>).</summary>
    public void MarkRevised() => Revision++;

    /// <summary>
    /// Whether the call's structure and rules may change: only while a draft. Once published, applicants have read
    /// and filled in what it says: the category tree, amounts, quotas, caps and eligibility stay as published.
    /// </summary>
    public bool IsEditable => Status == CallStatus.Draft;

    internal void EnsureEditable()
    {
        if (Status != CallStatus.Draft)
        {
            throw new DomainException("call.published_readonly", "A published call's categories, amounts, quotas, caps and eligibility cannot change.");
        }
    }

    private void EnsureOwn(GrantCategory category)
    {
        if (category.CallId != Id || !_categories.Contains(category))
        {
            throw new DomainException("call.category_other_call", "The category belongs to another call.");
        }
    }

    private IEnumerable<GrantCategory> Siblings(GrantCategory? parent) =>
        (parent is null ? RootCategories : parent.Children).OrderBy(c => c.SortOrder);

    private static void Renumber(List<GrantCategory> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].SortOrder = i;
        }
    }

    private static void RequireReason(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("call.reason_required", "A reason is required.");
        }
    }
}
