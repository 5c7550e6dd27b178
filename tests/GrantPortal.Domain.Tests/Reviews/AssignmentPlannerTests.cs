using GrantPortal.Domain.Reviews;

namespace GrantPortal.Domain.Tests.Reviews;

public sealed class AssignmentPlannerTests
{
    private static readonly Guid Tenant = Guid.NewGuid();

    private static Expert Expert(string name, string organization, ExpertType type, string[]? keywords = null, int? max = null, bool available = true)
    {
        var expert = new Expert(Tenant, name, organization, type, DateTimeOffset.UnixEpoch);
        expert.Update(name, organization, type, [], keywords ?? [], [], null, null, available, max);
        return expert;
    }

    private static int Places(ExpertType type) => type switch { ExpertType.Technical => 3, ExpertType.Financial => 1, _ => 1 };

    /// <summary>8 experts: 4 technical, 2 financial, 2 management, each from their own unit.</summary>
    private static List<Expert> EightExperts() =>
    [
        Expert("王建国", "中南大学", ExpertType.Technical, ["水稻"]),
        Expert("李红梅", "湖南大学", ExpertType.Technical),
        Expert("张伟", "湖南农业大学", ExpertType.Technical),
        Expert("刘洋", "湖南师范大学", ExpertType.Technical),
        Expert("陈静", "湖南省财政厅", ExpertType.Financial),
        Expert("杨帆", "长沙会计师事务所", ExpertType.Financial),
        Expert("赵磊", "湖南省科协", ExpertType.Management),
        Expert("周敏", "湖南省科技厅", ExpertType.Management),
    ];

    /// <summary>30 applications; every fifth is made by or with one of the experts' units, one asks to avoid 张伟.</summary>
    private static List<ReviewedApplication> ThirtyApplications(IReadOnlyList<Expert> experts) =>
        Enumerable.Range(1, 30).Select(i => new ReviewedApplication(
            Guid.CreateVersion7(),
            i % 5 == 0 ? experts[i / 5 % experts.Count].Organization : $"第{i}学会",
            i % 7 == 0 ? [experts[(i / 7 + 2) % experts.Count].Organization] : [],
            i == 11 ? [new AvoidanceRequest("张伟", null, "竞争关系")] : [],
            i % 3 == 0 ? "水稻育种科普" : "学术交流")).ToList();

    private static void AssertValid(AssignmentPlan plan, IReadOnlyList<ReviewedApplication> applications, IReadOnlyList<Expert> experts)
    {
        foreach (var assignment in plan.Assignments)
        {
            var expert = experts.Single(e => e.Id == assignment.ExpertId);
            Assert.False(Conflicts.Any(expert, applications.Single(a => a.Id == assignment.ApplicationId)), $"{expert.Name} is conflicted");
            Assert.Equal(expert.Type, assignment.Type);
        }
        Assert.Equal(plan.Assignments.Count, plan.Assignments.Select(a => (a.ApplicationId, a.ExpertId)).Distinct().Count());
    }

    [Fact]
    public void ThirtyApplications_EightExperts_NoConflict_EveryPlaceFilled_LoadsWithinOnePerType()
    {
        var experts = EightExperts();
        var applications = ThirtyApplications(experts);
        Assert.Contains(applications, a => experts.Any(e => Conflicts.Any(e, a))); // the test has conflicts to avoid

        var plan = AssignmentPlanner.Plan(Places, applications, experts, []);

        AssertValid(plan, applications, experts);
        Assert.Empty(plan.Gaps);
        Assert.Equal(30 * 5, plan.Assignments.Count);
        foreach (var application in applications)
        {
            Assert.Equal(3, plan.Assignments.Count(a => a.ApplicationId == application.Id && a.Type == ExpertType.Technical));
        }
        foreach (var type in Enum.GetValues<ExpertType>())
        {
            var loads = experts.Where(e => e.Type == type).Select(e => plan.Loads[e.Id]).ToList();
            Assert.True(loads.Max() - loads.Min() <= 1, $"{type}: loads {string.Join(",", loads)}");
        }
    }

    [Fact]
    public void SameInput_SamePlan()
    {
        var experts = EightExperts();
        var applications = ThirtyApplications(experts);
        Assert.Equal(AssignmentPlanner.Plan(Places, applications, experts, []).Assignments, AssignmentPlanner.Plan(Places, applications, experts, []).Assignments);
    }

    [Fact]
    public void KeywordMatch_BreaksTiesBetweenEquallyLoadedExperts()
    {
        var experts = new List<Expert> { Expert("甲", "甲大学", ExpertType.Technical), Expert("乙", "乙大学", ExpertType.Technical, ["水稻"]) };
        var application = new ReviewedApplication(Guid.NewGuid(), "某学会", [], [], "水稻育种");
        var plan = AssignmentPlanner.Plan(t => t == ExpertType.Technical ? 1 : 0, [application], experts, []);
        Assert.Equal("乙", experts.Single(e => e.Id == Assert.Single(plan.Assignments).ExpertId).Name);
    }

    [Fact]
    public void UnavailableOrAtMaximumOrAlreadyAssigned_IsNeverChosen_AndGapsSayWhy()
    {
        var busy = Expert("忙", "甲大学", ExpertType.Technical, max: 1);
        var away = Expert("休", "乙大学", ExpertType.Technical, available: false);
        var own = Expert("本", "某学会", ExpertType.Financial);
        var applications = Enumerable.Range(1, 2).Select(i => new ReviewedApplication(Guid.NewGuid(), "某学会", [], [], "")).ToList();
        var prior = new List<PriorAssignment> { new(applications[0].Id, busy.Id, ExpertType.Technical, ReviewAssignmentStatus.Assigned) };

        var plan = AssignmentPlanner.Plan(t => t == ExpertType.Management ? 0 : 1, applications, [busy, away, own], prior);

        Assert.Empty(plan.Assignments);
        Assert.Contains(plan.Gaps, g => g.ApplicationId == applications[1].Id && g.Type == ExpertType.Technical && g.Reason == AssignmentGapReason.AllAtMaximum);
        Assert.DoesNotContain(plan.Gaps, g => g.ApplicationId == applications[0].Id && g.Type == ExpertType.Technical); // its place is held
        Assert.Equal(2, plan.Gaps.Count(g => g.Type == ExpertType.Financial && g.Reason == AssignmentGapReason.AllConflicted));
    }

    [Fact]
    public void NoExpertOfType_IsAGap_AndRecusedExpertIsNotAssignedAgain()
    {
        var a = Expert("甲", "甲大学", ExpertType.Technical);
        var application = new ReviewedApplication(Guid.NewGuid(), "某学会", [], [], "");
        var prior = new List<PriorAssignment> { new(application.Id, a.Id, ExpertType.Technical, ReviewAssignmentStatus.Recused) };
        var plan = AssignmentPlanner.Plan(t => t == ExpertType.Management ? 0 : 1, [application], [a], prior);
        Assert.Empty(plan.Assignments);
        Assert.Contains(plan.Gaps, g => g.Type == ExpertType.Financial && g.Reason == AssignmentGapReason.NoExpertOfType);
        Assert.Contains(plan.Gaps, g => g.Type == ExpertType.Technical && g.Reason == AssignmentGapReason.AllConflicted);
    }
}
