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

    public void DescribeNotice(string? documentNumber, string? issuedBy, DateOnly? issuedOn, string noticeText)
    {
        EnsureEditable();
        DocumentNumber = documentNumber;
        IssuedBy = issuedBy;
        IssuedOn = issuedOn;
        NoticeText = noticeText;
    }

    public void Schedule(
        DateTimeOffset? opensAt, DateTimeOffset? submissionDeadline, bool deadlineIsEndOfDay,
        DeadlineRule? completionDeadline, DeadlineRule? acceptanceDeadline, int? projectPeriodMonths)
    {
        EnsureEditable();
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

    internal void EnsureEditable()
    {
        // Editing published calls (with form versioning and audit) arrives with the staff call editor.
        if (Status != CallStatus.Draft)
        {
            throw new DomainException("call.published_readonly", "A published call cannot be edited here.");
        }
    }
}
