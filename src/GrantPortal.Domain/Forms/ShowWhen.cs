namespace GrantPortal.Domain.Forms;

/// <summary>Show a field only when another field has a given value.</summary>
public sealed record ShowWhen(string Field, string EqualsValue);
