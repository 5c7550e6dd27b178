using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Acceptance;

/// <summary>
/// 验收材料: what an award's organisation hands in for acceptance, one item per checklist line (a snapshot of the
/// category's materials taken when it was started). The applicant fills it while it is a draft or sent back for
/// revision, and submits it only when every line is done; a late submission is recorded with its days late (逾期).
/// Staff accept it, ask for a revision (comments per item) or fail it. <see cref="Version"/> goes up with every change.
/// </summary>
public sealed class AcceptanceSubmission : ITenantOwned
{
    private AcceptanceSubmission() { }

    private AcceptanceSubmission(Award award, IReadOnlyList<AcceptanceRequirement> requirements, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        TenantId = award.TenantId;
        AwardId = award.Id;
        CallId = award.CallId;
        OrganizationId = award.OrganizationId;
        Status = AcceptanceStatus.Draft;
        Requirements = requirements;
        Items = requirements.Select(r => new AcceptanceItem { Index = r.Index }).ToList();
        CreatedAt = now;
        UpdatedAt = now;
        Version = 1;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid AwardId { get; private set; }
    public Guid CallId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public AcceptanceStatus Status { get; private set; }
    /// <summary>活动结束日期, entered by the applicant when the deadline counts from it.</summary>
    public DateOnly? ActivityEndedOn { get; private set; }
    public IReadOnlyList<AcceptanceRequirement> Requirements { get; private set; } = [];
    public IReadOnlyList<AcceptanceItem> Items { get; private set; } = [];
    public IReadOnlyList<AcceptanceEvent> History { get; private set; } = [];
    /// <summary>How many times it was submitted.</summary>
    public int Round { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    /// <summary>The due date in force at the last submission (null: none set).</summary>
    public DateOnly? DueOn { get; private set; }
    /// <summary>逾期天数 of the last submission (0: on time).</summary>
    public int DaysLate { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionComment { get; private set; }
    public int Version { get; private set; }

    public bool IsEditable => Status is AcceptanceStatus.Draft or AcceptanceStatus.RevisionRequested;

    /// <summary>Starts the acceptance of <paramref name="award"/> with its category's checklist.</summary>
    public static AcceptanceSubmission Start(Award award, IReadOnlyList<AcceptanceRequirement> requirements, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(award);
        ArgumentNullException.ThrowIfNull(requirements);
        if (award.Status != AwardStatus.Active)
        {
            throw new DomainException("acceptance.award_not_active", "Only an active award goes through acceptance.");
        }
        return new AcceptanceSubmission(award, requirements, now);
    }

    public AcceptanceRequirement RequirementAt(int index) =>
        Requirements.FirstOrDefault(r => r.Index == index) ?? throw new DomainException("acceptance.unknown_item", "There is no such item.");

    public AcceptanceItem ItemAt(int index) => Items.FirstOrDefault(i => i.Index == index) ?? new AcceptanceItem { Index = index };

    public void SetActivityEnd(DateOnly? date, DateTimeOffset now)
    {
        EnsureEditable();
        if (ActivityEndedOn == date)
        {
            return;
        }
        ActivityEndedOn = date;
        Touch(now);
    }

    /// <summary>Saves a report's text (kept even when still too short: the checklist says so, and submitting is refused).</summary>
    public void SetText(int index, string? text, DateTimeOffset now)
    {
        EnsureEditable();
        EnsureInput(index, AcceptanceInput.Text);
        var value = string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (ItemAt(index).Text == value)
        {
            return;
        }
        Replace(ItemAt(index) with { Text = value });
        Touch(now);
    }

    /// <summary>Replaces an item's links; refused (nothing saved) when one is not an http(s) address or there are too many.</summary>
    public void SetLinks(int index, IReadOnlyList<string> links, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(links);
        EnsureEditable();
        var requirement = EnsureInput(index, AcceptanceInput.Links);
        var cleaned = links.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (cleaned.FirstOrDefault(l => !AcceptanceLinks.IsValid(l)) is { } bad)
        {
            throw new DomainException("acceptance.bad_link", "Not an http or https address.", bad.Length > 80 ? bad[..80] : bad);
        }
        if (cleaned.Count > requirement.MaxCount)
        {
            throw new DomainException("acceptance.too_many", "Too many links.", requirement.MaxCount);
        }
        if (ItemAt(index).Links.SequenceEqual(cleaned, StringComparer.Ordinal))
        {
            return;
        }
        Replace(ItemAt(index) with { Links = cleaned });
        Touch(now);
    }

    /// <summary>Adds an uploaded file; refused when the item already has as many as it may (photos: 20).</summary>
    public void AddFile(int index, AcceptanceFile file, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(file);
        EnsureEditable();
        var requirement = EnsureInput(index, AcceptanceInput.Files);
        var item = ItemAt(index);
        if (item.Files.Count >= requirement.MaxCount)
        {
            throw new DomainException("acceptance.too_many", "Too many files.", requirement.MaxCount);
        }
        Replace(item with { Files = [.. item.Files, file] });
        Touch(now);
    }

    public void RemoveFile(int index, Guid fileId, DateTimeOffset now)
    {
        EnsureEditable();
        EnsureInput(index, AcceptanceInput.Files);
        var item = ItemAt(index);
        if (item.Files.All(f => f.FileId != fileId))
        {
            return;
        }
        Replace(item with { Files = item.Files.Where(f => f.FileId != fileId).ToList() });
        Touch(now);
    }

    /// <summary>Whether <paramref name="fileId"/> is one of this submission's files.</summary>
    public bool HasFile(Guid fileId) => Items.Any(i => i.Files.Any(f => f.FileId == fileId));

    /// <summary>Each line, done or what is short.</summary>
    public IReadOnlyList<ChecklistLine> Checklist() => Requirements.Select(r => Line(r, ItemAt(r.Index))).ToList();

    public bool IsComplete => Checklist().All(l => l.Done);

    /// <summary>
    /// 提交验收材料: only when every line is done. <paramref name="dueOn"/> is the due date in force (null: none);
    /// a submission on a later Beijing date is recorded late by so many calendar days.
    /// </summary>
    public void Submit(DateOnly? dueOn, int expectedVersion, Guid? userId, string userName, DateTimeOffset now)
    {
        EnsureCurrent(expectedVersion);
        EnsureEditable();
        var missing = Checklist().Where(l => !l.Done).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException("acceptance.incomplete", "The checklist is not complete.", string.Join("、", missing.Select(l => l.Requirement.Name)));
        }
        var today = BeijingTime.Today(now);
        DueOn = dueOn;
        DaysLate = AcceptanceDue.DaysLate(dueOn, today);
        Status = AcceptanceStatus.Submitted;
        SubmittedAt = now;
        Round++;
        Items = Items.Select(i => i with { StaffComment = null }).ToList();
        Record(new AcceptanceEvent(now, AcceptanceAction.Submitted, userId, userName, null, DaysLate));
        Touch(now);
    }

    /// <summary>退回修改: comments per item (index → comment) and/or a general comment; at least one is required.</summary>
    public void RequestRevision(IReadOnlyDictionary<int, string> itemComments, string? comment, int expectedVersion, Guid? userId, string userName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(itemComments);
        EnsureCurrent(expectedVersion);
        EnsureSubmitted();
        var comments = itemComments.Where(c => !string.IsNullOrWhiteSpace(c.Value) && Requirements.Any(r => r.Index == c.Key))
            .ToDictionary(c => c.Key, c => c.Value.Trim());
        if (comments.Count == 0 && string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("acceptance.comment_required", "Say what to revise.");
        }
        Items = Items.Select(i => i with { StaffComment = comments.GetValueOrDefault(i.Index) }).ToList();
        Status = AcceptanceStatus.RevisionRequested;
        DecisionComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        DecidedAt = now;
        var summary = string.Join("；", new[] { DecisionComment }.Concat(comments.Select(c => $"{RequirementAt(c.Key).Name}：{c.Value}")).Where(s => s is not null));
        Record(new AcceptanceEvent(now, AcceptanceAction.RevisionRequested, userId, userName, summary));
        Touch(now);
    }

    /// <summary>验收通过. The caller meets the award's Acceptance milestone in the same save.</summary>
    public void Accept(string? comment, int expectedVersion, Guid? userId, string userName, DateTimeOffset now) =>
        Decide(AcceptanceStatus.Accepted, AcceptanceAction.Accepted, comment, expectedVersion, userId, userName, now);

    /// <summary>验收不通过 (a reason is required). The award is then terminated by staff.</summary>
    public void Fail(string? comment, int expectedVersion, Guid? userId, string userName, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("acceptance.comment_required", "Say why it failed.");
        }
        Decide(AcceptanceStatus.Failed, AcceptanceAction.Failed, comment, expectedVersion, userId, userName, now);
    }

    private void Decide(AcceptanceStatus status, AcceptanceAction action, string? comment, int expectedVersion, Guid? userId, string userName, DateTimeOffset now)
    {
        EnsureCurrent(expectedVersion);
        EnsureSubmitted();
        Status = status;
        DecisionComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        DecidedAt = now;
        Record(new AcceptanceEvent(now, action, userId, userName, DecisionComment));
        Touch(now);
    }

    private static ChecklistLine Line(AcceptanceRequirement requirement, AcceptanceItem item)
    {
        switch (requirement.Input)
        {
            case AcceptanceInput.Text:
                var characters = AcceptanceText.Characters(item.Text);
                var shortfall = characters == 0 ? AcceptanceShortfall.Missing
                    : characters < (requirement.MinCharacters ?? 1) ? AcceptanceShortfall.TooShort
                    : AcceptanceShortfall.None;
                return new ChecklistLine(requirement, item, shortfall, characters);
            default:
                var count = requirement.Input == AcceptanceInput.Files ? item.Files.Count : item.Links.Count;
                var problem = count == 0 ? AcceptanceShortfall.Missing
                    : count < requirement.MinCount ? AcceptanceShortfall.TooFew
                    : count > requirement.MaxCount ? AcceptanceShortfall.TooMany
                    : AcceptanceShortfall.None;
                return new ChecklistLine(requirement, item, problem, count);
        }
    }

    private AcceptanceRequirement EnsureInput(int index, AcceptanceInput input)
    {
        var requirement = RequirementAt(index);
        if (requirement.Input != input)
        {
            throw new DomainException("acceptance.unknown_item", "This item is not handed in that way.");
        }
        return requirement;
    }

    private void Replace(AcceptanceItem item) =>
        Items = Items.Any(i => i.Index == item.Index)
            ? Items.Select(i => i.Index == item.Index ? item : i).ToList()
            : [.. Items, item];

    private void Record(AcceptanceEvent entry) => History = [.. History, entry];

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException("acceptance.not_editable", "The materials were submitted and cannot be changed now.");
        }
    }

    private void EnsureSubmitted()
    {
        if (Status != AcceptanceStatus.Submitted)
        {
            throw new DomainException("acceptance.not_submitted", "Only submitted materials can be decided on.");
        }
    }

    private void EnsureCurrent(int expectedVersion)
    {
        if (expectedVersion != Version)
        {
            throw new DomainException("acceptance.stale", "The materials were changed since the page was opened.");
        }
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
