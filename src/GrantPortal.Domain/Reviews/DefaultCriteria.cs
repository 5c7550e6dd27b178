namespace GrantPortal.Domain.Reviews;

/// <summary>
/// The review form a category gets until staff configure one, drawn from what the notices ask of a project:
/// <list type="bullet">
/// <item>新疆科协 2025 学会重点资助项目申报指南 (001): 优先资助围绕自治区优势学科或新兴领域的活动, 提升学科影响力; 评审流程
/// “形式审查→专家评审（技术、财务、管理专家联合评审）”, the application carrying 项目计划书、经费预算表、绩效目标表.</item>
/// <item>广西科协 2023 “提质增效” (002), 申报要求 4: “所填报的项目实施方案应目标明确、内容具体、措施可行、预期效益明显”;
/// 学会能力提升<b>示范</b>, 发挥示范带动作用.</item>
/// <item>山西科协 2021 (004): 选题“具有较强的针对性，内容凸显前沿性和创新性”; “项目实施有组织、有计划，提供有效的项目运行制度及保障机制”;
/// units without sound finances may not apply.</item>
/// <item>湖南科协 2022 (003): budgets at every level and amounts within ranges, so the budget's soundness is judged.</item>
/// </list>
/// Hence five criteria: significance and innovation 30, feasibility of the plan 25, expected results and demonstration
/// 20, soundness of the budget 15, organisation and groundwork 10. Each criterion's maximum equals its weight, so the
/// points add up to the total out of 100 as on the paper forms.
/// </summary>
public static class DefaultCriteria
{
    public static IReadOnlyList<ReviewCriterion> Criteria { get; } =
    [
        new() { Key = "significance", Name = "项目意义与创新性", Description = "选题的针对性、前沿性和创新性，是否围绕优势学科、新兴领域或重点产业需求", Weight = 30m, MaxScore = 30m },
        new() { Key = "feasibility", Name = "实施方案可行性", Description = "目标是否明确、内容是否具体、措施是否可行，进度安排是否合理", Weight = 25m, MaxScore = 25m },
        new() { Key = "outcomes", Name = "预期成效与示范作用", Description = "预期效益是否明显，绩效指标是否可考核，能否发挥示范带动作用", Weight = 20m, MaxScore = 20m },
        new() { Key = "budget", Name = "经费预算合理性", Description = "预算是否与任务匹配、符合开支范围和标准，有无不得列支的内容", Weight = 15m, MaxScore = 15m },
        new() { Key = "organization", Name = "组织保障与工作基础", Description = "申报单位的组织实施能力、运行制度与保障机制、以往项目完成情况", Weight = 10m, MaxScore = 10m },
    ];

    /// <summary>The whole default form: these criteria, every recommendation, a suggested amount asked, a comment of at least 50 characters.</summary>
    public static ReviewFormContent Form { get; } = new()
    {
        Criteria = Criteria,
        Recommendations = [ReviewRecommendation.Support, ReviewRecommendation.SupportWithChanges, ReviewRecommendation.DoNotSupport],
        AsksSuggestedAmount = true,
        CommentMinLength = 50,
        LockedAfterDue = false,
    };
}
