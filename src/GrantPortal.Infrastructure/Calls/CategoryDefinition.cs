using GrantPortal.Domain.Forms;

namespace GrantPortal.Infrastructure.Calls;

/// <summary>项目类别 / 子类 / 级别: one node of the category tree, at any depth.</summary>
public sealed record CategoryDefinition
{
    /// <summary>Code as the notice gives it (XXJL-2025, 2023-3); where the notice numbers but does not code, its numbering ("2-1").</summary>
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    /// <summary>项目内容.</summary>
    public string? Description { get; init; }
    /// <summary>项目要求 / 基本任务, as text.</summary>
    public string? Requirements { get; init; }
    /// <summary>总额 in yuan; null = no cap of its own.</summary>
    public decimal? BudgetCap { get; init; }
    public QuotaDefinition? Quota { get; init; }
    /// <summary>Null = inherited from the parent (a child without its own rule).</summary>
    public AmountRuleDefinition? Amount { get; init; }
    /// <summary>Null = inherited from the parent or the call.</summary>
    public EligibilityDefinition? Eligibility { get; init; }
    public IReadOnlyList<string> Indicators { get; init; } = [];
    public IReadOnlyList<AcceptanceMaterialDefinition> AcceptanceMaterials { get; init; } = [];
    public DeadlineRuleDefinition? CompletionDeadline { get; init; }
    public DeadlineRuleDefinition? AcceptanceDeadline { get; init; }
    public SpendingRulesDefinition? SpendingRules { get; init; }
    public ContactDefinition? Contact { get; init; }
    /// <summary>Applicants may pick several children in one application and the amounts add up (Guangxi 2023-5: 可单独或叠加申报).</summary>
    public bool ChildrenCombinable { get; init; }
    /// <summary>The form applicants fill for this node; a node with a form is one applicants apply to (可申报项目).</summary>
    public FormSchema? Form { get; init; }
    public IReadOnlyList<string> Notes { get; init; } = [];
    public IReadOnlyList<CategoryDefinition> Children { get; init; } = [];
}
