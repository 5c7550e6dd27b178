namespace GrantPortal.Web.Areas.Staff.Forms;

/// <summary>A category offered as a copy source or target, with its call for grouping.</summary>
public sealed record CategoryChoice(Guid Id, string Code, string Name, Guid CallId, int Year, string CallTitle, bool HasForm);
