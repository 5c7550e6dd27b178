using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Organizations;

namespace GrantPortal.Web.Areas.Public.Calls;

/// <summary>A category node with what it inherits (amount rule, eligible types, contact) resolved; SameAsParent: it only inherits the last two.</summary>
public sealed record CategoryRow(
    Guid Id, int Depth, string Code, string Name, bool Applicable, decimal? BudgetCap, Quota Quota, AmountRule? Amount,
    IReadOnlyList<ApplicantType> ApplicantTypes, ContactPerson? Contact, bool SameAsParent);
