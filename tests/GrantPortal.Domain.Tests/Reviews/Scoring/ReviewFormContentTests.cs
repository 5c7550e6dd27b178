using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Forms;
using GrantPortal.Domain.Reviews;

namespace GrantPortal.Domain.Tests.Reviews.Scoring;

/// <summary>Review forms: weights summing to 100, the weighted total in exact decimals, score bounds, the notices' defaults, submission.</summary>
public class ReviewFormContentTests
{
    private static readonly DateTimeOffset Now = new(2027, 9, 1, 2, 0, 0, TimeSpan.Zero);

    private static ReviewFormContent Form(params (string Key, decimal Weight, decimal Max)[] criteria) => new()
    {
        Criteria = criteria.Select(c => new ReviewCriterion { Key = c.Key, Name = "指标" + c.Key, Weight = c.Weight, MaxScore = c.Max }).ToList(),
        Recommendations = [ReviewRecommendation.Support, ReviewRecommendation.DoNotSupport],
        AsksSuggestedAmount = true,
        CommentMinLength = 10,
    };

    private static ScoreSheet Sheet(Dictionary<string, decimal> scores, decimal? amount = 30000m) =>
        new(scores, "选题有针对性，方案可行，预算基本合理。", ReviewRecommendation.Support, amount);

    [Fact]
    public void Weights_NotSummingTo100_AreAProblem_NamingTheSum()
    {
        var form = Form(("a", 40m, 10m), ("b", 50m, 10m));

        var problem = Assert.Single(form.Problems());
        Assert.Contains("90", problem, StringComparison.Ordinal);
        Assert.Contains("100", problem, StringComparison.Ordinal);
        Assert.Equal("review_form.invalid", Assert.Throws<DomainException>(form.EnsureValid).Code);
    }

    [Fact]
    public void Weights_WithDecimals_Summing_To100_AreFine()
    {
        Assert.Empty(Form(("a", 33.33m, 10m), ("b", 33.33m, 10m), ("c", 33.34m, 10m)).Problems());
    }

    [Fact]
    public void DuplicateKeys_ZeroWeights_AndNoRecommendation_AreProblems()
    {
        var form = Form(("a", 100m, 10m), ("a", 0m, 10m)) with { Recommendations = [] };

        var problems = form.Problems().ToList();
        Assert.Contains(problems, p => p.Contains("重复", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("权重必须大于 0", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("评审建议", StringComparison.Ordinal));
    }

    [Fact]
    public void Total_IsPointsOverMaxTimesWeight_RoundedToTwoDecimals_Exactly()
    {
        // 7.5/10×30 = 22.5; 8/10×30 = 24; 6.7/10×40 = 26.8 → 73.3
        var form = Form(("a", 30m, 10m), ("b", 30m, 10m), ("c", 40m, 10m));
        Assert.Equal(73.30m, form.Total(new Dictionary<string, decimal> { ["a"] = 7.5m, ["b"] = 8m, ["c"] = 6.7m }));

        // Thirds: 1/3×33.33 + 2/3×33.33 + 3/3×33.34 = 11.11 + 22.22 + 33.34 = 66.67 (no float drift).
        var thirds = Form(("a", 33.33m, 3m), ("b", 33.33m, 3m), ("c", 33.34m, 3m));
        Assert.Equal(66.67m, thirds.Total(new Dictionary<string, decimal> { ["a"] = 1m, ["b"] = 2m, ["c"] = 3m }));

        // 2.5/7×100 = 35.714… → 35.71; 1/8×1 = 0.125, a half, rounds away from zero → 0.13.
        Assert.Equal(35.71m, Form(("a", 100m, 7m)).Total(new Dictionary<string, decimal> { ["a"] = 2.5m }));
        Assert.Equal(0.13m, Form(("a", 1m, 8m), ("b", 99m, 10m)).Total(new Dictionary<string, decimal> { ["a"] = 1m, ["b"] = 0m }));
    }

    [Fact]
    public void FullMarks_Are100()
    {
        var form = DefaultCriteria.Form;
        Assert.Equal(100m, form.Total(form.Criteria.ToDictionary(c => c.Key, c => c.MaxScore)));
    }

    [Fact]
    public void Check_ScoreBounds_AndPrecision()
    {
        var form = Form(("a", 50m, 10m), ("b", 50m, 10m));

        Assert.Empty(form.Check(Sheet(new() { ["a"] = 0m, ["b"] = 10m }), null, null));
        var problems = form.Check(Sheet(new() { ["a"] = 10.1m }), null, null);
        Assert.Contains(problems, p => p.Kind == ScoreSheetProblemKind.ScoreOutOfRange && p.Field == "Scores[a]");
        Assert.Contains(problems, p => p.Kind == ScoreSheetProblemKind.ScoreMissing && p.CriterionKey == "b");
        Assert.Contains(form.Check(Sheet(new() { ["a"] = -1m, ["b"] = 5m }), null, null), p => p.Kind == ScoreSheetProblemKind.ScoreOutOfRange);
        Assert.Contains(form.Check(Sheet(new() { ["a"] = 7.25m, ["b"] = 5m }), null, null), p => p.Kind == ScoreSheetProblemKind.ScoreTooPrecise);
    }

    [Fact]
    public void Check_Comment_Recommendation_AndAmountWithinTheRule()
    {
        var form = Form(("a", 100m, 10m));
        var scores = new Dictionary<string, decimal> { ["a"] = 8m };
        var rule = AmountRule.Range(10000m, 50000m);

        Assert.Contains(form.Check(Sheet(scores) with { Comment = "太短" }, rule, 30000m), p => p.Kind == ScoreSheetProblemKind.CommentTooShort);
        Assert.Contains(form.Check(Sheet(scores) with { Recommendation = ReviewRecommendation.SupportWithChanges }, rule, 30000m), p => p.Kind == ScoreSheetProblemKind.RecommendationMissing);
        Assert.Contains(form.Check(Sheet(scores, null), rule, 30000m), p => p.Kind == ScoreSheetProblemKind.AmountMissing);
        Assert.Contains(form.Check(Sheet(scores, 9999.99m), rule, 30000m), p => p.Kind == ScoreSheetProblemKind.AmountNotAllowed);
        Assert.Contains(form.Check(Sheet(scores, 40000m), rule, 30000m), p => p.Kind == ScoreSheetProblemKind.AmountNotAllowed); // above the request
        Assert.Contains(form.Check(Sheet(scores, 20000.001m), rule, 30000m), p => p.Kind == ScoreSheetProblemKind.AmountNotAllowed);
        Assert.Empty(form.Check(Sheet(scores, 25000.50m), rule, 30000m));
        Assert.Empty((form with { AsksSuggestedAmount = false }).Check(Sheet(scores, null), rule, 30000m));
    }

    [Fact]
    public void Defaults_AreTheNoticesFiveCriteria_SummingTo100()
    {
        var form = DefaultCriteria.Form;

        Assert.Empty(form.Problems());
        Assert.Equal(
            ["项目意义与创新性", "实施方案可行性", "预期成效与示范作用", "经费预算合理性", "组织保障与工作基础"],
            form.Criteria.Select(c => c.Name));
        Assert.Equal([30m, 25m, 20m, 15m, 10m], form.Criteria.Select(c => c.Weight));
        Assert.Equal(100m, form.WeightSum);
        Assert.Equal(3, form.Recommendations.Count);
    }

    [Fact]
    public void Submit_MarksTheAssignment_ComputesTheTotal_AndRefusesASecondTime()
    {
        var (assignment, _) = Assignment(dueAt: Now.AddDays(1));
        var form = Form(("a", 60m, 10m), ("b", 40m, 5m));
        var sheet = Sheet(new() { ["a"] = 8.5m, ["b"] = 4m });

        var score = ReviewScore.Submit(assignment, form, sheet, AmountRule.Range(10000m, 50000m), 30000m, Now);

        Assert.Equal(83.00m, score.Total); // 8.5/10×60 = 51, 4/5×40 = 32
        Assert.Equal(ReviewAssignmentStatus.Submitted, assignment.Status);
        Assert.False(score.Late);
        Assert.Equal(30000m, score.SuggestedAmount);
        Assert.Equal("review.not_open", Assert.Throws<DomainException>(() => ReviewScore.Submit(assignment, form, sheet, null, 30000m, Now)).Code);
    }

    [Fact]
    public void Submit_PastDue_IsLate_OrRefusedWhenTheFormLocks()
    {
        var form = Form(("a", 100m, 10m));
        var sheet = Sheet(new() { ["a"] = 5m });

        var (late, _) = Assignment(dueAt: Now.AddHours(-1));
        Assert.True(ReviewScore.Submit(late, form, sheet, null, null, Now).Late);

        var (locked, _) = Assignment(dueAt: Now.AddHours(-1));
        Assert.Equal("review.locked", Assert.Throws<DomainException>(() => ReviewScore.Submit(locked, form with { LockedAfterDue = true }, sheet, null, null, Now)).Code);
        Assert.Equal(ReviewAssignmentStatus.Assigned, locked.Status);
    }

    [Fact]
    public void Submit_WithProblems_IsRefused_AndLeavesTheAssignmentOpen()
    {
        var (assignment, _) = Assignment(dueAt: null);
        var form = Form(("a", 100m, 10m));

        var e = Assert.Throws<DomainException>(() => ReviewScore.Submit(assignment, form, Sheet(new() { ["a"] = 11m }), null, null, Now));
        Assert.Equal("review.sheet_invalid", e.Code);
        Assert.Equal(ReviewAssignmentStatus.Assigned, assignment.Status);
    }

    private static (ReviewAssignment Assignment, GrantApplication Application) Assignment(DateTimeOffset? dueAt)
    {
        var tenant = Guid.NewGuid();
        var call = new GrantCall(tenant, 2027, "2027年度通知", Now);
        var category = call.AddCategory(null, "2027-1", "学术交流");
        category.AddFormVersion(new FormSchema
        {
            Title = "申报书",
            Sections = [new FormSection { Key = "s", Title = "基本信息", Fields = [new FormField { Key = FormKeys.ProjectName, Label = "项目名称" }] }],
        }, Now);
        var application = new GrantApplication(tenant, category, Guid.NewGuid(), null, Now);
        var expert = new Expert(tenant, "张专家", "某大学", ExpertType.Technical, Now);
        var assignment = new ReviewAssignment(application, expert, false, null, Now);
        assignment.SetDue(dueAt);
        return (assignment, application);
    }
}
