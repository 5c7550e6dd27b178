namespace GrantPortal.Domain.Forms;

/// <summary>意见栏: an opinion block of the printed form with its signature lines, seal box (单位公章) and 年 月 日.</summary>
public sealed record SignOffBlock
{
    public string Title { get; init; } = "";
    public SignOffParty FilledBy { get; init; } = SignOffParty.Applicant;
    public IReadOnlyList<string> Signatures { get; init; } = [];
    public bool Seal { get; init; }
    public bool Dated { get; init; } = true;
}
