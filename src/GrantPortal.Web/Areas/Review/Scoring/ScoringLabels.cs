using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Reviews.Scoring;
using Microsoft.Extensions.Localization;

namespace GrantPortal.Web.Areas.Review.Scoring;

/// <summary>
/// Names of the review model's values, in the user's language (shared by the expert's and the staff's scoring pages);
/// expert types are named by <see cref="Staff.Experts.ExpertText"/>.
/// </summary>
public static class ScoringLabels
{
    public static string Of(ReviewRecommendation recommendation, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return recommendation switch
        {
            ReviewRecommendation.Support => l["建议资助"],
            ReviewRecommendation.SupportWithChanges => l["修改后资助"],
            ReviewRecommendation.DoNotSupport => l["不建议资助"],
            _ => throw new ArgumentOutOfRangeException(nameof(recommendation), recommendation, null),
        };
    }

    public static string Of(ReviewFormSource source, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return source switch
        {
            ReviewFormSource.Category => l["本类别评审表"],
            ReviewFormSource.Call => l["通知统一评审表"],
            ReviewFormSource.Default => l["系统默认评审表"],
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
        };
    }
}
