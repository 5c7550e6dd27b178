namespace GrantPortal.Domain.Forms;

public sealed record ChoiceOption(string Value, string Label);
