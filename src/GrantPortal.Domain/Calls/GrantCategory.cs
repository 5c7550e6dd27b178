using GrantPortal.Domain.Common;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Domain.Calls;

/// <summary>
/// 项目类别 / 子类 / 级别: a node of a call's category tree, at any depth. A node with a form is one applicants
/// apply to (可申报项目); its children are the sub-types they choose inside the form.
/// Values left null are inherited from the parent (amount rule, eligibility, spending rules, contact, deadlines).
/// </summary>
public sealed class GrantCategory : ITenantOwned
{
    private readonly List<GrantCategory> _children = [];
    private readonly List<FormDefinition> _forms = [];

    private GrantCategory() { }

    internal GrantCategory(GrantCall call, GrantCategory? parent, string code, string name, int sortOrder)
    {
        Id = Guid.CreateVersion7();
        TenantId = call.TenantId;
        CallId = call.Id;
        Call = call;
        ParentId = parent?.Id;
        Parent = parent;
        Code = code.Trim();
        Name = name.Trim();
        SortOrder = sortOrder;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid CallId { get; private set; }
    public GrantCall Call { get; private set; } = null!;
    public Guid? ParentId { get; private set; }
    public GrantCategory? Parent { get; private set; }
    public IReadOnlyList<GrantCategory> Children => _children;
    public int SortOrder { get; internal set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    /// <summary>项目内容.</summary>
    public string? Description { get; private set; }
    /// <summary>项目要求 / 基本任务.</summary>
    public string? Requirements { get; private set; }
    /// <summary>总额 in yuan.</summary>
    public decimal? BudgetCap { get; private set; }
    public int? QuotaMin { get; private set; }
    public int? QuotaMax { get; private set; }
    public AmountRuleKind? AmountKind { get; private set; }
    public decimal? AmountMin { get; private set; }
    public decimal? AmountMax { get; private set; }
    public IReadOnlyList<AmountOption> AmountOptions { get; private set; } = [];
    public decimal? AmountOtherwise { get; private set; }
    public string? AmountNote { get; private set; }
    public Eligibility? Eligibility { get; private set; }
    /// <summary>项目指标.</summary>
    public IReadOnlyList<string> Indicators { get; private set; } = [];
    public IReadOnlyList<AcceptanceMaterial> AcceptanceMaterials { get; private set; } = [];
    public DeadlineRule? CompletionDeadline { get; private set; }
    public DeadlineRule? AcceptanceDeadline { get; private set; }
    public SpendingRules? SpendingRules { get; private set; }
    public ContactPerson? Contact { get; private set; }
    /// <summary>Several children may be chosen in one application and their amounts add up (Guangxi 2023-5).</summary>
    public bool ChildrenCombinable { get; private set; }
    public IReadOnlyList<string> Notes { get; private set; } = [];
    public IReadOnlyList<FormDefinition> Forms => _forms;

    public Quota Quota => new(QuotaMin, QuotaMax);

    /// <summary>This node's own rule, or null when it inherits its parent's.</summary>
    public AmountRule? OwnAmountRule => AmountKind is { } kind
        ? new AmountRule { Kind = kind, Min = AmountMin, Max = AmountMax, Options = AmountOptions, Otherwise = AmountOtherwise, Note = AmountNote }
        : null;

    public AmountRule? EffectiveAmountRule => OwnAmountRule ?? Parent?.EffectiveAmountRule;

    public Eligibility EffectiveEligibility => Eligibility ?? Parent?.EffectiveEligibility ?? Call.Eligibility;

    public ContactPerson? EffectiveContact => Contact ?? Parent?.EffectiveContact;

    public DeadlineRule? EffectiveAcceptanceDeadline => AcceptanceDeadline ?? Parent?.EffectiveAcceptanceDeadline ?? Call.AcceptanceDeadline;

    public DeadlineRule? EffectiveCompletionDeadline => CompletionDeadline ?? Parent?.EffectiveCompletionDeadline ?? Call.CompletionDeadline;

    public FormDefinition? CurrentForm => _forms.Count == 0 ? null : _forms.MaxBy(f => f.Version);

    /// <summary>可申报: applicants apply to this node (it has a form).</summary>
    public bool IsApplicable => _forms.Count > 0;

    public int Depth => Parent is null ? 0 : Parent.Depth + 1;

    public IEnumerable<GrantCategory> SelfAndDescendants() =>
        new[] { this }.Concat(_children.OrderBy(c => c.SortOrder).SelectMany(c => c.SelfAndDescendants()));

    public IEnumerable<GrantCategory> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    /// <summary>Changes the node's code and name (draft only).</summary>
    public void Rename(string code, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Call.EnsureEditable();
        Code = code.Trim();
        Name = name.Trim();
    }

    public void Describe(string? description, string? requirements, IReadOnlyList<string> indicators, IReadOnlyList<string> notes)
    {
        Call.EnsureEditable();
        Description = description;
        Requirements = requirements;
        Indicators = indicators;
        Notes = notes;
    }

    public void SetFunding(decimal? budgetCap, Quota quota, AmountRule? amountRule, bool childrenCombinable)
    {
        ArgumentNullException.ThrowIfNull(quota);
        Call.EnsureEditable();
        BudgetCap = budgetCap;
        QuotaMin = quota.Min;
        QuotaMax = quota.Max;
        AmountKind = amountRule?.Kind;
        AmountMin = amountRule?.Min;
        AmountMax = amountRule?.Max;
        AmountOptions = amountRule?.Options ?? [];
        AmountOtherwise = amountRule?.Otherwise;
        AmountNote = amountRule?.Note;
        ChildrenCombinable = childrenCombinable;
    }

    public void SetRules(
        Eligibility? eligibility, SpendingRules? spendingRules, ContactPerson? contact,
        DeadlineRule? completionDeadline, DeadlineRule? acceptanceDeadline, IReadOnlyList<AcceptanceMaterial> acceptanceMaterials)
    {
        Call.EnsureEditable();
        Eligibility = eligibility;
        SpendingRules = spendingRules;
        Contact = contact;
        CompletionDeadline = completionDeadline;
        AcceptanceDeadline = acceptanceDeadline;
        AcceptanceMaterials = acceptanceMaterials;
    }

    /// <summary>The contact person for this node; a published call may change it.</summary>
    public void SetContact(ContactPerson? contact) => Contact = contact;

    /// <summary>Adds a new version of this node's form; earlier versions stay as they were.</summary>
    public FormDefinition AddFormVersion(FormSchema schema, DateTimeOffset now)
    {
        if (!IsApplicable)
        {
            // Giving a node a form makes it one applicants apply to: a change of the published structure.
            Call.EnsureEditable();
        }
        var form = new FormDefinition(TenantId, Id, (CurrentForm?.Version ?? 0) + 1, schema, now);
        _forms.Add(form);
        return form;
    }

    /// <summary>
    /// Saves a changed form. While the call is a draft no applicant has seen it, so the current version is rewritten;
    /// once published, the change becomes a new version and every application keeps the version it was started on.
    /// Returns the version now current.
    /// </summary>
    public FormDefinition ReviseForm(FormSchema schema, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (CurrentForm is { } current && Call.IsEditable)
        {
            current.Replace(schema);
            return current;
        }
        return AddFormVersion(schema, now);
    }

    /// <summary>Takes the form away (draft only): applicants no longer apply to this node.</summary>
    public void RemoveForm()
    {
        Call.EnsureEditable();
        _forms.Clear();
    }

    internal void RemoveChild(GrantCategory child) => _children.Remove(child);

    internal void AttachTo(GrantCategory? parent)
    {
        Parent = parent;
        ParentId = parent?.Id;
        parent?._children.Add(this);
    }

    internal GrantCategory AddChild(string code, string name)
    {
        var child = new GrantCategory(Call, this, code, name, _children.Count);
        _children.Add(child);
        return child;
    }

    public override string ToString() => $"{Code} {Name}";
}
