using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Categories;

/// <summary>One node's code, name, texts and funding (budget cap, quota, amount rule), as the edit page posts them.</summary>
public sealed class CategoryForm
{
    /// <summary>Conditional amount rows offered beyond the ones already filled in.</summary>
    public const int BlankOptionRows = 2;

    public int Revision { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string? Requirements { get; set; }
    /// <summary>项目指标, one a line.</summary>
    public string? Indicators { get; set; }
    public string? Notes { get; set; }
    public decimal? BudgetCap { get; set; }
    public QuotaChoice QuotaKind { get; set; }
    public int? QuotaExact { get; set; }
    public int? QuotaMin { get; set; }
    public int? QuotaMax { get; set; }
    public AmountChoice AmountKind { get; set; }
    public decimal? AmountFixed { get; set; }
    public decimal? AmountMin { get; set; }
    public decimal? AmountMax { get; set; }
    public List<AmountOptionRow> Options { get; set; } = [];
    public decimal? AmountOtherwise { get; set; }
    public string? AmountNote { get; set; }
    public bool ChildrenCombinable { get; set; }

    public static CategoryForm From(GrantCategory node, int revision)
    {
        ArgumentNullException.ThrowIfNull(node);
        var quota = node.Quota;
        var form = new CategoryForm
        {
            Revision = revision,
            Code = node.Code,
            Name = node.Name,
            Description = node.Description,
            Requirements = node.Requirements,
            Indicators = TextLines.Join(node.Indicators),
            Notes = TextLines.Join(node.Notes),
            BudgetCap = node.BudgetCap,
            QuotaKind = quota.IsNone ? QuotaChoice.None : quota.IsExact ? QuotaChoice.Exact : QuotaChoice.Range,
            QuotaExact = quota.IsExact ? quota.Min : null,
            QuotaMin = quota.IsExact ? null : quota.Min,
            QuotaMax = quota.IsExact ? null : quota.Max,
            ChildrenCombinable = node.ChildrenCombinable,
        };
        if (node.OwnAmountRule is { } rule)
        {
            form.AmountKind = rule.Kind switch
            {
                AmountRuleKind.Fixed => AmountChoice.Fixed,
                AmountRuleKind.Range => AmountChoice.Range,
                AmountRuleKind.Conditional => AmountChoice.Conditional,
                _ => AmountChoice.NotPublished,
            };
            form.AmountFixed = rule.Kind == AmountRuleKind.Fixed ? rule.Min : null;
            form.AmountMin = rule.Kind == AmountRuleKind.Range ? rule.Min : null;
            form.AmountMax = rule.Kind == AmountRuleKind.Range ? rule.Max : null;
            form.AmountOtherwise = rule.Otherwise;
            form.AmountNote = rule.Note;
            form.Options = rule.Options.Select(o => new AmountOptionRow { Fact = o.Fact, Label = o.Label, Amount = o.Amount }).ToList();
        }
        return form.WithBlankRows();
    }

    /// <summary>The filled-in rows plus a few empty ones to add more.</summary>
    public CategoryForm WithBlankRows()
    {
        Options = Options.Where(o => !o.IsBlank).ToList();
        for (var i = 0; i < BlankOptionRows; i++)
        {
            Options.Add(new AmountOptionRow());
        }
        return this;
    }

    public Quota ToQuota() => QuotaKind switch
    {
        QuotaChoice.Exact => Quota.Exact(QuotaExact ?? 0),
        QuotaChoice.Range => new Quota(QuotaMin, QuotaMax),
        _ => Quota.None,
    };

    public AmountRule? ToAmountRule()
    {
        var note = TextLines.Blank(AmountNote);
        return AmountKind switch
        {
            AmountChoice.Fixed => AmountRule.Fixed(AmountFixed ?? 0, note),
            AmountChoice.Range => AmountRule.Range(AmountMin ?? 0, AmountMax ?? 0, note),
            AmountChoice.Conditional => AmountRule.Conditional(
                Options.Where(o => !o.IsBlank).Select(o => new AmountOption((o.Fact ?? "").Trim(), (o.Label ?? "").Trim(), o.Amount ?? 0)).ToList(),
                AmountOtherwise ?? 0, note),
            AmountChoice.NotPublished => AmountRule.NotPublished with { Note = note },
            _ => null,
        };
    }
}
