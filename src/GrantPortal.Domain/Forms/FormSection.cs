namespace GrantPortal.Domain.Forms;

public sealed record FormSection
{
    public string Key { get; init; } = "";
    public string Title { get; init; } = "";
    public IReadOnlyList<FormField> Fields { get; init; } = [];
}
