using GrantPortal.Domain.Reviews;

namespace GrantPortal.Web.Areas.Staff.Experts;

/// <summary>The add/edit page: the form, and the expert when editing (for the account link).</summary>
public sealed record ExpertEditPage(ExpertForm Form, Expert? Expert, string? LinkedEmail);
