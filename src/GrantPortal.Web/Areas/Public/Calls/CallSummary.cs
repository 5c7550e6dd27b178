using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Public.Calls;

/// <summary>A published call as its association's home lists it.</summary>
public sealed record CallSummary(
    Guid Id, int Year, string Title, string? DocumentNumber, DateOnly? IssuedOn, CallPhase Phase, DateTimeOffset? OpensAt,
    DateTimeOffset? SubmissionDeadline, bool DeadlineIsEndOfDay, int? ApplicationLimit, IReadOnlyList<TrancheRule> Disbursement,
    IReadOnlyList<ContactPerson> Contacts, decimal? TotalBudget, IReadOnlyList<CategoryRow> Categories);
