using GrantPortal.Domain.Forms;

namespace GrantPortal.Web.Areas.Staff.Forms;

/// <summary>One 意见栏 as a row of inputs; a blank row adds one.</summary>
public sealed class SignOffRow
{
    public string? Title { get; set; }
    public SignOffParty FilledBy { get; set; } = SignOffParty.Applicant;
    /// <summary>Signature lines separated by 、 or commas: "负责人签字、经办人签字".</summary>
    public string? Signatures { get; set; }
    public bool Seal { get; set; }
    public bool Dated { get; set; } = true;
    public bool Remove { get; set; }

    public static SignOffRow From(SignOffBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return new() { Title = block.Title, FilledBy = block.FilledBy, Signatures = string.Join("、", block.Signatures), Seal = block.Seal, Dated = block.Dated };
    }

    public SignOffBlock ToBlock() => new()
    {
        Title = (Title ?? "").Trim(),
        FilledBy = FilledBy,
        Signatures = [.. (Signatures ?? "").Split(['、', ',', '，', ';', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Seal = Seal,
        Dated = Dated,
    };
}
