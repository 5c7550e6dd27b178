using GrantPortal.Domain.Documents;

namespace GrantPortal.Web.Areas.Staff.Exports;

/// <summary>The export page: what can be exported, the form as typed, and the association's recent jobs.</summary>
public sealed record ExportsPage(
    IReadOnlyList<ExportChoice> Calls, IReadOnlyList<ExportChoice> Categories, ExportForm Form, IReadOnlyList<ExportJob> Jobs);

/// <summary>A call or category to choose, with how many submitted applications it holds now.</summary>
public sealed record ExportChoice(Guid Id, string Label, int Submitted);
