using GrantPortal.Infrastructure.Reviews.Scoring;

namespace GrantPortal.Web.Areas.Staff.ReviewForms;

/// <summary>The editor of one category's review form (Category set) or of the call-wide default (Category null).</summary>
public sealed record ReviewFormPage(
    Guid CallId, string CallTitle, CategoryRef? Category, ReviewFormInput Input, EffectiveReviewForm Current, bool Scored, IReadOnlyList<CategoryRef> Others);

/// <summary>A category of the call, named, and whether scores were submitted in it.</summary>
public sealed record CategoryRef(Guid Id, string Code, string Name, bool Scored);
