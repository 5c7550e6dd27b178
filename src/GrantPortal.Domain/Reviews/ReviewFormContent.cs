using System.Globalization;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Reviews;

/// <summary>
/// What a review form asks: the criteria with weights (summing to 100) and maximum scores, the recommendations an
/// expert may choose, whether a suggested amount is asked, the shortest acceptable comment, and whether a sheet can
/// still be submitted after its due date.
/// </summary>
public sealed record ReviewFormContent
{
    /// <summary>评审意见 longer than this cannot be stored.</summary>
    public const int CommentMaxLength = 4000;

    public IReadOnlyList<ReviewCriterion> Criteria { get; init; } = [];
    public IReadOnlyList<ReviewRecommendation> Recommendations { get; init; } = [];
    public bool AsksSuggestedAmount { get; init; }
    /// <summary>评审意见至少多少字.</summary>
    public int CommentMinLength { get; init; }
    /// <summary>逾期后不再接受评分: past the due date the sheet is closed instead of being marked late.</summary>
    public bool LockedAfterDue { get; init; }

    public decimal WeightSum => Criteria.Sum(c => c.Weight);

    /// <summary>Problems with the form itself, in Chinese (empty when it can be used).</summary>
    public IEnumerable<string> Problems()
    {
        if (Criteria.Count == 0)
        {
            yield return "评审表至少需要一项评分指标";
        }
        if (Criteria.Count > 20)
        {
            yield return "评分指标不能超过 20 项";
        }
        foreach (var c in Criteria)
        {
            if (!IsKey(c.Key)) { yield return $"指标代码“{c.Key}”只能由字母、数字、- 和 _ 组成（最多 40 个字符）"; }
            if (string.IsNullOrWhiteSpace(c.Name) || c.Name.Length > 100) { yield return $"指标“{c.Key}”需要名称（最多 100 个字）"; }
            if (c.Description is { Length: > 500 }) { yield return $"指标“{c.Name}”的评分要点不能超过 500 个字"; }
            if (c.Weight <= 0 || c.Weight > 100 || c.Weight != Math.Round(c.Weight, 2)) { yield return $"指标“{c.Name}”的权重必须大于 0、不超过 100，最多两位小数"; }
            if (c.MaxScore <= 0 || c.MaxScore > 1000 || c.MaxScore != Math.Round(c.MaxScore, 1)) { yield return $"指标“{c.Name}”的满分必须大于 0、不超过 1000，最多一位小数"; }
        }
        if (Criteria.Select(c => c.Key).Distinct(StringComparer.Ordinal).Count() != Criteria.Count)
        {
            yield return "指标代码重复";
        }
        if (Criteria.Count > 0 && WeightSum != 100m)
        {
            yield return $"各项权重之和为 {WeightSum.ToString("0.##", CultureInfo.InvariantCulture)}，必须等于 100";
        }
        if (Recommendations.Count == 0)
        {
            yield return "至少提供一种评审建议";
        }
        if (CommentMinLength < 0 || CommentMinLength > 2000)
        {
            yield return "评审意见最少字数必须在 0 到 2000 之间";
        }
    }

    /// <summary>Throws a DomainException ("review_form.invalid", the problems joined) unless the form can be used.</summary>
    public void EnsureValid()
    {
        var problems = Problems().ToList();
        if (problems.Count > 0)
        {
            throw new DomainException("review_form.invalid", string.Join("；", problems));
        }
    }

    /// <summary>加权总分: Σ points ÷ max × weight over the criteria, rounded half away from zero to two decimals (0–100).</summary>
    public decimal Total(IReadOnlyDictionary<string, decimal> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var exact = Criteria.Sum(c => scores.TryGetValue(c.Key, out var points) ? c.Contribution(points) : 0m);
        return Math.Round(exact, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// What stops <paramref name="sheet"/> from being submitted: every criterion scored within 0 … max with at most one
    /// decimal, a comment of at least the minimum length, an offered recommendation, and, when asked, a suggested amount
    /// within the category's amount rule (<paramref name="rule"/>), not above <paramref name="requested"/>, in fen.
    /// </summary>
    public IReadOnlyList<ScoreSheetProblem> Check(ScoreSheet sheet, AmountRule? rule, decimal? requested)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var problems = new List<ScoreSheetProblem>();
        foreach (var c in Criteria)
        {
            var field = $"Scores[{c.Key}]";
            if (!sheet.Scores.TryGetValue(c.Key, out var points))
            {
                problems.Add(new(field, ScoreSheetProblemKind.ScoreMissing, c.Key));
            }
            else if (points < 0 || points > c.MaxScore)
            {
                problems.Add(new(field, ScoreSheetProblemKind.ScoreOutOfRange, c.Key));
            }
            else if (points != Math.Round(points, 1))
            {
                problems.Add(new(field, ScoreSheetProblemKind.ScoreTooPrecise, c.Key));
            }
        }
        var comment = sheet.Comment?.Trim() ?? "";
        if (comment.Length == 0 || comment.Length < CommentMinLength)
        {
            problems.Add(new("Comment", ScoreSheetProblemKind.CommentTooShort));
        }
        else if (comment.Length > CommentMaxLength)
        {
            problems.Add(new("Comment", ScoreSheetProblemKind.CommentTooLong));
        }
        if (sheet.Recommendation is not { } recommendation || !Recommendations.Contains(recommendation))
        {
            problems.Add(new("Recommendation", ScoreSheetProblemKind.RecommendationMissing));
        }
        if (AsksSuggestedAmount)
        {
            if (sheet.SuggestedAmount is not { } amount)
            {
                problems.Add(new("SuggestedAmount", ScoreSheetProblemKind.AmountMissing));
            }
            else if (!AmountAllowed(amount, rule, requested))
            {
                problems.Add(new("SuggestedAmount", ScoreSheetProblemKind.AmountNotAllowed));
            }
        }
        else if (sheet.SuggestedAmount is { } extra && !AmountAllowed(extra, rule, requested))
        {
            problems.Add(new("SuggestedAmount", ScoreSheetProblemKind.AmountNotAllowed));
        }
        return problems;
    }

    /// <summary>A suggested amount the rule could grant: in fen, above zero, within the rule's bounds, not above the request.</summary>
    public static bool AmountAllowed(decimal amount, AmountRule? rule, decimal? requested)
    {
        if (amount <= 0 || !Money.HasAtMostTwoDecimals(amount))
        {
            return false;
        }
        if (requested is { } asked && amount > asked)
        {
            return false;
        }
        if (rule is null || rule.Kind == AmountRuleKind.NotPublished)
        {
            return true;
        }
        return (rule.Min is not { } min || amount >= min) && (rule.Max is not { } max || amount <= max);
    }

    private static bool IsKey(string key) =>
        key is { Length: > 0 and <= 40 } && key.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_');
}
