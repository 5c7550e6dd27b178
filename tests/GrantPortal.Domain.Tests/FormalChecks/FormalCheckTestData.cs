using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Eligibility;
using GrantPortal.Domain.FormalChecks;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Domain.Tests.FormalChecks;

/// <summary>A published call (deadline 2030-06-30 18:00 Beijing) of one category and an application submitted to it.</summary>
internal sealed class FormalCheckTestData
{
    public static readonly DateTimeOffset Deadline = BeijingTime.At(new DateOnly(2030, 6, 30), new TimeOnly(18, 0));
    public static readonly DateTimeOffset Before = Deadline.AddDays(-3);
    public static readonly FormalCheckActor Staff = new(Guid.NewGuid(), "staff@xinjiang.example.com");

    public FormalCheckTestData(SubmissionRequirements? submission = null, IReadOnlyDictionary<string, string>? values = null)
    {
        Call = new GrantCall(Guid.NewGuid(), 2030, "形式审查测试", Before.AddDays(-30));
        Call.Schedule(null, Deadline, false, null, null, null);
        Call.SetRules(2, submission ?? new SubmissionRequirements(), [], new ReviewSettings(), GrantPortal.Domain.Calls.Eligibility.Anyone, new SpendingRules(), [], [], []);
        Category = Call.AddCategory(null, "A1", "学术交流");
        Category.SetFunding(100000m, Quota.Range(1, 5), AmountRule.Range(10000m, 50000m), false);
        Category.AddFormVersion(Form, Before.AddDays(-30));
        Call.Publish(Before.AddDays(-30));
        Application = new GrantApplication(Call.TenantId, Category, Guid.NewGuid(), null, Before.AddDays(-1));
        Application.Save(values ?? new Dictionary<string, string>
        {
            [FormKeys.ProjectName] = "学术年会",
            [FormKeys.RequestedAmount] = "30000",
            ["plan"] = Guid.Empty.ToString(),
        }, 0, CallPhase.Open, null, Before.AddDays(-1));
        Application.Submit(Application.Revision, CallPhase.Open, () => "XJ-2030-A1-0001", null, Before);
    }

    public static FormSchema Form { get; } = new()
    {
        Title = "申报书",
        Sections =
        [
            new FormSection
            {
                Key = "basic", Title = "基本信息",
                Fields =
                [
                    new FormField { Key = FormKeys.ProjectName, Label = "项目名称", Required = true },
                    new FormField { Key = FormKeys.RequestedAmount, Label = "申请经费", Type = FieldType.Money, Required = true },
                    new FormField { Key = "plan", Label = "实施方案", Type = FieldType.File, Required = true, MaxSizeMb = 10, Accept = [".pdf"] },
                ],
            },
        ],
    };

    public GrantCall Call { get; }
    public GrantCategory Category { get; }
    public GrantApplication Application { get; }

    public FormalCheckFacts Facts(IReadOnlyList<Ineligibility>? eligibility = null, IReadOnlySet<Guid>? files = null, SealedScanFinding? scan = null) => new(
        Application, Application.Submissions.MaxBy(s => s.Version), Call, Category, Form, eligibility ?? [],
        "新疆测试学会", "", files ?? new HashSet<Guid> { Guid.Empty }, scan ?? SealedScanFinding.Missing);

    public FormalChecklist Checklist(
        IEnumerable<string>? ticked = null, IReadOnlyList<Ineligibility>? eligibility = null, IReadOnlySet<Guid>? files = null, SealedScanFinding? scan = null) =>
        FormalChecklist.Build(Facts(eligibility, files, scan), ticked);
}
