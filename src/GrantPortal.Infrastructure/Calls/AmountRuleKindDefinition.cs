namespace GrantPortal.Infrastructure.Calls;

public enum AmountRuleKindDefinition { Fixed, Range, Conditional, NotPublished }
