using GrantPortal.Domain.FormalChecks;

namespace GrantPortal.Web.Areas.Staff.FormalChecks;

/// <summary>The decision posted from an application's checklist page.</summary>
public sealed class DecisionForm
{
    /// <summary>The application's revision the page showed.</summary>
    public int Revision { get; set; }
    public FormalCheckOutcome? Outcome { get; set; }
    /// <summary>The reasons of a return or rejection; a pass's note.</summary>
    public string? Reasons { get; set; }
    /// <summary>A return's correction deadline, Beijing wall clock (datetime-local).</summary>
    public DateTime? CorrectionDeadline { get; set; }
    /// <summary>The codes of the manual items ticked.</summary>
    public List<string> Ticked { get; set; } = [];
}
