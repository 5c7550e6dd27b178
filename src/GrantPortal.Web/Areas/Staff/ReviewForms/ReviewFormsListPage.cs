using GrantPortal.Infrastructure.Reviews.Scoring;

namespace GrantPortal.Web.Areas.Staff.ReviewForms;

public sealed record ReviewFormsListPage(Guid CallId, string CallTitle, EffectiveReviewForm CallWide, IReadOnlyList<ReviewFormsListRow> Rows);

public sealed record ReviewFormsListRow(CategoryRef Category, EffectiveReviewForm Form);
