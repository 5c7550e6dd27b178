namespace GrantPortal.Domain.Calls;

public enum AmountRuleKind
{
    /// <summary>固定额度: one amount per project.</summary>
    Fixed,
    /// <summary>额度区间: between a minimum and a maximum.</summary>
    Range,
    /// <summary>按条件确定: depends on facts the applicant declares (院士出席 …), first match wins, not cumulative.</summary>
    Conditional,
    /// <summary>未公布: set by the expert review.</summary>
    NotPublished,
}
