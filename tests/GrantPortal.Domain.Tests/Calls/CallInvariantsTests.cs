using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Domain.Tests.Calls;

/// <summary>
/// Tests for <see cref="CallInvariants"/> on calls built through <see cref="GrantCall"/> and <see cref="GrantCategory"/>,
/// with the figures of the seeded notices: Xinjiang 2025 XXJL-2025 (15个, 91万元 = 2×10万 + 3×7万 + 10×5万),
/// Guangxi 2023 (桂科协学发〔2023〕16号) and Hunan 2022.
/// </summary>
public class CallInvariantsTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 20, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Check_Xinjiang2025_NoViolations()
    {
        var (call, _, _) = Xinjiang2025();

        Assert.Empty(CallInvariants.Check(call));
    }

    [Fact]
    public void Check_XinjiangRegionalTierRaisedTo11_CommitmentViolationNamesTheFigures()
    {
        var (call, _, regional) = Xinjiang2025();
        regional.SetFunding(null, Quota.Exact(11), AmountRule.Fixed(50000m), false);

        var violations = CallInvariants.Check(call);

        // 2×10万 + 3×7万 + 11×5万 = 96万元 > 91万元.
        var violation = Assert.Single(violations, v => v.Message.Contains("96万元", StringComparison.Ordinal));
        Assert.Equal("XXJL-2025", violation.NodeCode);
        Assert.Contains("91万元", violation.Message, StringComparison.Ordinal);
        Assert.Contains("2×10万元 + 3×7万元 + 11×5万元", violation.Message, StringComparison.Ordinal);
        var shown = violation.ToString();
        Assert.Contains("XXJL-2025", shown, StringComparison.Ordinal);
        Assert.Contains("96万元", shown, StringComparison.Ordinal);
        Assert.Contains("91万元", shown, StringComparison.Ordinal);
        Assert.All(violations, v => Assert.Equal("XXJL-2025", v.NodeCode));
    }

    [Fact]
    public void Check_XinjiangRegionalTierRaisedTo11_AlsoExceedsTheFifteenProjects()
    {
        var (call, _, regional) = Xinjiang2025();
        regional.SetFunding(null, Quota.Exact(11), AmountRule.Fixed(50000m), false);

        var violations = CallInvariants.Check(call);

        // 2 + 3 + 11 = 16 projects under a quota of 15: a second, separate violation.
        Assert.Equal(2, violations.Count);
        var quota = Assert.Single(violations, v => v.Message.Contains("项目数量", StringComparison.Ordinal));
        Assert.Contains("16", quota.Message, StringComparison.Ordinal);
        Assert.Contains("15", quota.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_XinjiangRegionalAmountRaised_OnlyTheCommitmentViolation()
    {
        var (call, _, regional) = Xinjiang2025();
        regional.SetFunding(null, Quota.Exact(10), AmountRule.Fixed(55000m), false);

        var violation = Assert.Single(CallInvariants.Check(call));

        // 2×10万 + 3×7万 + 10×5.5万 = 96万元.
        Assert.Equal("XXJL-2025", violation.NodeCode);
        Assert.Contains("96万元", violation.Message, StringComparison.Ordinal);
        Assert.Contains("91万元", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Guangxi2023Bagui_NoViolations()
    {
        var call = Guangxi2023Bagui(withForeignScholarField: true);

        Assert.Empty(CallInvariants.Check(call));
    }

    [Fact]
    public void Check_ChildCapsAboveParentCap_ViolationNamesParent()
    {
        // Hunan 2022 类别3 is 310万元 = 80万 + 100万 + 100万 + 30万; a 40万 “会地”合作 breaks it.
        var call = NewCall(2022);
        var innovation = call.AddCategory(null, "3", "学会创新发展引导项目");
        innovation.SetFunding(3100000m, Quota.None, null, false);
        foreach (var (code, cap) in new[] { ("3-1", 800000m), ("3-2", 1000000m), ("3-3", 1000000m), ("3-4", 400000m) })
        {
            call.AddCategory(innovation, code, $"项目 {code}").SetFunding(cap, Quota.None, null, false);
        }

        var violation = Assert.Single(CallInvariants.Check(call));

        Assert.Equal("3", violation.NodeCode);
        Assert.Contains("320万元", violation.Message, StringComparison.Ordinal);
        Assert.Contains("310万元", violation.Message, StringComparison.Ordinal);
        Assert.StartsWith("类别 3：", violation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ChildCapsEqualToParentCap_NoViolation()
    {
        var call = NewCall(2022);
        var innovation = call.AddCategory(null, "3", "学会创新发展引导项目");
        innovation.SetFunding(3100000m, Quota.None, null, false);
        foreach (var (code, cap) in new[] { ("3-1", 800000m), ("3-2", 1000000m), ("3-3", 1000000m), ("3-4", 300000m) })
        {
            call.AddCategory(innovation, code, $"项目 {code}").SetFunding(cap, Quota.None, null, false);
        }

        Assert.Empty(CallInvariants.Check(call));
    }

    [Fact]
    public void Check_ChildMinQuotasAboveParentMaxQuota_ViolationNamesParent()
    {
        // Guangxi 2023-5 is 7-8项 with sub-projects 4 + 1-3 + 1; raising the first to 7 needs at least 9.
        var call = NewCall(2023);
        var enterprise = call.AddCategory(null, "2023-5", "企业（园区）科协建设");
        enterprise.SetFunding(null, Quota.Range(7, 8), null, true);
        call.AddCategory(enterprise, "2023-5-1", "推进企业科协组织建设").SetFunding(null, Quota.Exact(7), AmountRule.Fixed(10000m), false);
        call.AddCategory(enterprise, "2023-5-2", "赋能企业科技创新发展").SetFunding(null, Quota.Range(1, 3), AmountRule.Range(10000m, 20000m), false);
        call.AddCategory(enterprise, "2023-5-3", "探索组建新兴企业科协组织").SetFunding(null, Quota.Exact(1), AmountRule.Fixed(20000m), false);

        var violation = Assert.Single(CallInvariants.Check(call));

        Assert.Equal("2023-5", violation.NodeCode);
        Assert.Contains("9", violation.Message, StringComparison.Ordinal);
        Assert.Contains("8", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LeafMinAmountTimesMinQuotaOverOwnCap_ViolationNamesLeaf()
    {
        // Hunan 2-1 is 40万元 for 4 × 10万元; five projects need 50万元.
        var call = NewCall(2022);
        var forum = call.AddCategory(null, "2-1", "湖南科技论坛及院士专家市州行活动");
        forum.SetFunding(400000m, Quota.Exact(5), AmountRule.Fixed(100000m), false);

        var violation = Assert.Single(CallInvariants.Check(call));

        Assert.Equal("2-1", violation.NodeCode);
        Assert.Contains("50万元", violation.Message, StringComparison.Ordinal);
        Assert.Contains("5×10万元", violation.Message, StringComparison.Ordinal);
        Assert.Contains("40万元", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LeafRangeMinimumWithinCap_NoViolation()
    {
        // Hunan 1: 50万元, 5-8个, 5-10万元/个: the minimum 5×5万 fits, the maximum 8×10万 need not.
        var call = NewCall(2022);
        call.AddCategory(null, "1", "第24届中国科协年会服务引导项目")
            .SetFunding(500000m, Quota.Range(5, 8), AmountRule.Range(50000m, 100000m), false);

        Assert.Empty(CallInvariants.Check(call));
    }

    [Fact]
    public void Check_QuotaMinAboveMax_Violation()
    {
        var call = NewCall(2023);
        call.AddCategory(null, "2023-3", "“八桂科技讲坛”学术交流").SetFunding(700000m, Quota.Range(40, 30), null, false);

        var violation = Assert.Single(CallInvariants.Check(call));

        Assert.Equal("2023-3", violation.NodeCode);
        Assert.Contains("40", violation.Message, StringComparison.Ordinal);
        Assert.Contains("30", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_QuotaZero_Violation()
    {
        var call = NewCall(2023);
        call.AddCategory(null, "A", "类别").SetFunding(null, Quota.Exact(0), null, false);

        Assert.Single(CallInvariants.Check(call));
    }

    [Theory]
    [InlineData(59, "99%")]
    [InlineData(61, "101%")]
    public void Check_TranchesNotSummingTo100_ViolationShowsSum(int first, string sum)
    {
        var call = CallWithOneCategory();
        SetDisbursement(call, [new(first, DisbursementMilestone.OnApproval), new(30, DisbursementMilestone.MidTermEvaluation), new(10, DisbursementMilestone.Acceptance)]);

        var violation = Assert.Single(CallInvariants.Check(call));

        Assert.Null(violation.NodeCode);
        Assert.Contains(sum, violation.Message, StringComparison.Ordinal);
        Assert.Equal(violation.Message, violation.ToString());
    }

    [Fact]
    public void Check_TranchesSixtyThirtyTen_NoViolation()
    {
        // Xinjiang 2025: 立项后 60%, 中期评估 30%, 验收通过后 10%.
        var call = CallWithOneCategory();
        SetDisbursement(call, [new(60, DisbursementMilestone.OnApproval), new(30, DisbursementMilestone.MidTermEvaluation), new(10, DisbursementMilestone.Acceptance)]);

        Assert.Empty(CallInvariants.Check(call));
    }

    [Fact]
    public void Check_SingleTrancheOnAgreement_NoViolation()
    {
        // Guangxi 2023: 签订项目合同书后一次性拨付.
        var call = CallWithOneCategory();
        SetDisbursement(call, [new(100, DisbursementMilestone.AgreementSigned)]);

        Assert.Empty(CallInvariants.Check(call));
    }

    [Fact]
    public void Check_TrancheAcceptanceBeforeOnApproval_OrderViolation()
    {
        var call = CallWithOneCategory();
        SetDisbursement(call, [new(10, DisbursementMilestone.Acceptance), new(90, DisbursementMilestone.OnApproval)]);

        var violation = Assert.Single(CallInvariants.Check(call));

        Assert.Null(violation.NodeCode);
        Assert.Contains("顺序", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ZeroPercentTranche_Violation()
    {
        var call = CallWithOneCategory();
        SetDisbursement(call, [new(0, DisbursementMilestone.OnApproval), new(100, DisbursementMilestone.Acceptance)]);

        Assert.Contains(CallInvariants.Check(call), v => v.Message.Contains("大于 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_OpensAtAfterSubmissionDeadline_Violation()
    {
        var call = CallWithOneCategory();
        call.Schedule(
            BeijingTime.At(new DateOnly(2023, 4, 29), new TimeOnly(9, 0)),
            BeijingTime.StartOf(new DateOnly(2023, 4, 29)), true, null, null, null);

        var violation = Assert.Single(CallInvariants.Check(call));

        Assert.Null(violation.NodeCode);
        Assert.Contains("2023-04-29 09:00", violation.Message, StringComparison.Ordinal);
        Assert.Contains("2023-04-29 00:00", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OpensAtEqualToSubmissionDeadline_Violation()
    {
        var call = CallWithOneCategory();
        var instant = BeijingTime.At(new DateOnly(2023, 4, 28), new TimeOnly(18, 0));
        call.Schedule(instant, instant, false, null, null, null);

        Assert.Single(CallInvariants.Check(call));
    }

    [Fact]
    public void Check_OpensAtBeforeSubmissionDeadline_NoViolation()
    {
        var call = CallWithOneCategory();
        call.Schedule(
            BeijingTime.StartOf(new DateOnly(2023, 4, 4)), BeijingTime.StartOf(new DateOnly(2023, 4, 29)), true,
            DeadlineRule.OnDate(new DateOnly(2023, 12, 31)), DeadlineRule.OnDate(new DateOnly(2023, 12, 10)), null);

        Assert.Empty(CallInvariants.Check(call));
    }

    [Fact]
    public void Check_FixedCompletionDateBeforeClosingDay_Violation()
    {
        var call = CallWithOneCategory();
        call.Schedule(null, BeijingTime.StartOf(new DateOnly(2023, 4, 29)), true, DeadlineRule.OnDate(new DateOnly(2023, 4, 27)), null, null);

        var violation = Assert.Single(CallInvariants.Check(call));

        Assert.Contains("2023-04-27", violation.Message, StringComparison.Ordinal);
        Assert.Contains("2023-04-28", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MalformedCallDeadlineRule_Violation()
    {
        var call = CallWithOneCategory();
        call.Schedule(null, null, false, new DeadlineRule { WorkingDaysAfter = 10 }, null, null);

        Assert.Single(CallInvariants.Check(call));
    }

    [Fact]
    public void Check_MalformedCategoryDeadlineRule_ViolationNamesCategory()
    {
        var call = CallWithOneCategory();
        call.Categories[0].SetRules(null, null, null, null, new DeadlineRule { MonthsAfter = 6 }, []);

        Assert.Equal("A", Assert.Single(CallInvariants.Check(call)).NodeCode);
    }

    [Fact]
    public void Check_DuplicateCategoryCodes_Violation()
    {
        var call = NewCall(2023);
        call.AddCategory(null, "2023-1", "学会能力提升示范");
        var partyBuilding = call.AddCategory(null, "2023-2", "党建强会计划");
        call.AddCategory(partyBuilding, "2023-1", "重复编号");

        var violation = Assert.Single(CallInvariants.Check(call));

        Assert.Null(violation.NodeCode);
        Assert.Contains("2023-1", violation.Message, StringComparison.Ordinal);
        Assert.Contains("重复", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoCategoriesYet_AllowedWhileDrafting()
    {
        Assert.Empty(CallInvariants.Check(NewCall(2023)));
    }

    [Fact]
    public void Publish_NoCategories_Refused()
    {
        var error = Assert.Throws<DomainException>(() => NewCall(2023).Publish(Now));
        Assert.Equal("call.invalid", error.Code);
        Assert.Contains("至少需要一个项目类别", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void Check_UnreasonableYear_Violation(int year)
    {
        var call = new GrantCall(Guid.NewGuid(), year, "年度通知", Now);
        call.AddCategory(null, "A", "类别");

        var violation = Assert.Single(CallInvariants.Check(call));

        Assert.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CategoryAmountRuleProblem_ViolationNamesCategory()
    {
        var call = NewCall(2022);
        call.AddCategory(null, "1", "年会").SetFunding(null, Quota.None, AmountRule.Range(100000m, 50000m), false);

        Assert.Equal("1", Assert.Single(CallInvariants.Check(call)).NodeCode);
    }

    [Fact]
    public void Check_FormSelectsCodeThatIsNotAChild_Violation()
    {
        var (call, exchange, _) = Xinjiang2025();
        exchange.AddFormVersion(Form("申报书", SelectsCategory("level", "XXJL-2025-1", "XXJL-2025-2", "XXJL-2025-4")), Now);

        var violation = Assert.Single(CallInvariants.Check(call));

        Assert.Equal("XXJL-2025", violation.NodeCode);
        Assert.Contains("XXJL-2025-4", violation.Message, StringComparison.Ordinal);
        Assert.StartsWith("申报表：", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FormSelectsAnotherNodesChild_Violation()
    {
        // QKPY-2025 has no children: XXJL-2025's tier is not one of its sub-types.
        var (call, _, _) = Xinjiang2025();
        var journal = call.Categories.Single(c => c.Code == "QKPY-2025");
        journal.AddFormVersion(Form("申报书", SelectsCategory("level", "XXJL-2025-1")), Now);

        Assert.Equal("QKPY-2025", Assert.Single(CallInvariants.Check(call)).NodeCode);
    }

    [Fact]
    public void Check_ConditionalFactWithoutYesNoField_Violation()
    {
        var call = Guangxi2023Bagui(withForeignScholarField: false);

        var violation = Assert.Single(CallInvariants.Check(call));

        Assert.Equal("2023-3", violation.NodeCode);
        Assert.Contains("foreignScholarKeynote", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DuplicateFieldKeys_Violation()
    {
        var (call, exchange, _) = Xinjiang2025();
        exchange.AddFormVersion(
            Form("申报书", XinjiangTierField(), Field("projectName", "项目名称"), Field("projectName", "活动名称")), Now);

        var violation = Assert.Single(CallInvariants.Check(call));

        Assert.Equal("XXJL-2025", violation.NodeCode);
        Assert.Contains("projectName", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ShowWhenReferringToMissingField_Violation()
    {
        var (call, exchange, _) = Xinjiang2025();
        var dependent = Field("foreignGuests", "境外嘉宾人数") with { ShowWhen = new ShowWhen("activityScope", "XXJL-2025-1") };
        exchange.AddFormVersion(Form("申报书", XinjiangTierField(), dependent), Now);

        var violation = Assert.Single(CallInvariants.Check(call));

        Assert.Contains("activityScope", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ShowWhenReferringToExistingField_NoViolation()
    {
        var (call, exchange, _) = Xinjiang2025();
        var dependent = Field("foreignGuests", "境外嘉宾人数") with { ShowWhen = new ShowWhen("activityLevel", "XXJL-2025-1") };
        exchange.AddFormVersion(Form("申报书", XinjiangTierField(), dependent), Now);

        Assert.Empty(CallInvariants.Check(call));
    }

    [Fact]
    public void Check_ApplicableNodeUnderApplicableNode_ViolationNamesTheChild()
    {
        var (call, _, regional) = Xinjiang2025();
        regional.AddFormVersion(Form("全疆性学术活动申报书", Field("projectName", "项目名称")), Now);

        var violation = Assert.Single(CallInvariants.Check(call));

        Assert.Equal("XXJL-2025-3", violation.NodeCode);
        Assert.Contains("上级类别已有申报表", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MinimumCommitment_XinjiangExchange_Is910000()
    {
        var (_, exchange, _) = Xinjiang2025();

        Assert.Equal(910000m, CallInvariants.MinimumCommitment(exchange));
        Assert.Equal(910000m, CallInvariants.MaximumCommitment(exchange));
    }

    [Fact]
    public void MinimumCommitment_Guangxi2023Enterprise_MinimumsAndMaximums()
    {
        // 2023-5 notes: minimum 4×1万 + 1×1万 + 1×2万 = 7万元, maximum 4×1万 + 3×2万 + 1×2万 = 12万元.
        var call = NewCall(2023);
        var enterprise = call.AddCategory(null, "2023-5", "企业（园区）科协建设");
        enterprise.SetFunding(100000m, Quota.Range(7, 8), null, true);
        call.AddCategory(enterprise, "2023-5-1", "推进企业科协组织建设").SetFunding(null, Quota.Exact(4), AmountRule.Fixed(10000m), false);
        call.AddCategory(enterprise, "2023-5-2", "赋能企业科技创新发展").SetFunding(null, Quota.Range(1, 3), AmountRule.Range(10000m, 20000m), false);
        call.AddCategory(enterprise, "2023-5-3", "探索组建新兴企业科协组织").SetFunding(null, Quota.Exact(1), AmountRule.Fixed(20000m), false);

        Assert.Equal(70000m, CallInvariants.MinimumCommitment(enterprise));
        Assert.Equal(120000m, CallInvariants.MaximumCommitment(enterprise));
        Assert.Empty(CallInvariants.Check(call));
    }

    [Fact]
    public void MinimumCommitment_LeavesInheritParentRange_UsesInheritedAmounts()
    {
        // Hunan 3-1 学术交流: 5-10万元/个 for 4 + 5 + 1 projects.
        var call = NewCall(2022);
        var exchange = call.AddCategory(null, "3-1", "学术交流");
        exchange.SetFunding(800000m, Quota.Exact(10), AmountRule.Range(50000m, 100000m), false);
        call.AddCategory(exchange, "3-1-1", "青年科技论坛（沙龙）").SetFunding(null, Quota.Exact(4), null, false);
        call.AddCategory(exchange, "3-1-2", "高端学术活动").SetFunding(null, Quota.Exact(5), null, false);
        call.AddCategory(exchange, "3-1-3", "科技期刊建设").SetFunding(null, Quota.Exact(1), null, false);

        Assert.Equal(500000m, CallInvariants.MinimumCommitment(exchange));
        Assert.Equal(1000000m, CallInvariants.MaximumCommitment(exchange));
    }

    [Fact]
    public void MinimumCommitment_ChildrenWithoutQuotas_UsesTheNodesOwnQuota()
    {
        // Hunan 2-1: 4个, 10万元/个, over two activities that have no quotas of their own.
        var (_, forum) = Hunan2022Forum(400000m);

        Assert.Equal(400000m, CallInvariants.MinimumCommitment(forum));
    }

    [Fact]
    public void Check_Hunan2022Forum_NoViolations()
    {
        var (call, _) = Hunan2022Forum(400000m);

        Assert.Empty(CallInvariants.Check(call));
    }

    [Fact]
    public void Check_NodeQuotaTimesAmountOverCapWithChildrenWithoutQuotas_Violation()
    {
        var (call, _) = Hunan2022Forum(300000m);

        var violation = Assert.Single(CallInvariants.Check(call));

        Assert.Equal("2-1", violation.NodeCode);
        Assert.Contains("40万元（4×10万元）", violation.Message, StringComparison.Ordinal);
        Assert.Contains("30万元", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MinimumCommitment_ParentQuotaWithChildrenOfDifferentRules_UsesTheSmallestMinimum()
    {
        // Guangxi 2023-3: 30-40项 over sub-types of 1万 to 4万元: at least 30 × 1万元, within 70万元.
        var call = Guangxi2023Bagui(withForeignScholarField: true);
        var bagui = call.Categories.Single(c => c.Code == "2023-3");

        Assert.Equal(300000m, CallInvariants.MinimumCommitment(bagui));
        Assert.Null(CallInvariants.MaximumCommitment(bagui));
    }

    [Fact]
    public void MinimumCommitment_NotPublishedLeaf_CommitsZeroAndIsUnbounded()
    {
        var call = NewCall(2023);
        var node = call.AddCategory(null, "A", "评审定额");
        node.SetFunding(100000m, Quota.Exact(5), AmountRule.NotPublished, false);

        Assert.Equal(0m, CallInvariants.MinimumCommitment(node));
        Assert.Null(CallInvariants.MaximumCommitment(node));
    }

    [Fact]
    public void MinimumCommitment_LeafWithoutQuota_CommitsZeroAndIsUnbounded()
    {
        var call = NewCall(2023);
        var node = call.AddCategory(null, "2023-3-2", "广西科学年会服务与策划");
        node.SetFunding(40000m, Quota.None, AmountRule.Fixed(40000m), false);

        Assert.Equal(0m, CallInvariants.MinimumCommitment(node));
        Assert.Null(CallInvariants.MaximumCommitment(node));
    }

    [Fact]
    public void MinimumCommitment_NotPublishedSibling_AddsNothingButMakesMaximumUnbounded()
    {
        var call = NewCall(2023);
        var parent = call.AddCategory(null, "P", "上级");
        call.AddCategory(parent, "P-1", "定额").SetFunding(null, Quota.Exact(2), AmountRule.Fixed(30000m), false);
        call.AddCategory(parent, "P-2", "评审定额").SetFunding(null, Quota.Exact(3), AmountRule.NotPublished, false);

        Assert.Equal(60000m, CallInvariants.MinimumCommitment(parent));
        Assert.Null(CallInvariants.MaximumCommitment(parent));
    }

    [Fact]
    public void Check_NullCall_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => CallInvariants.Check(null!));
    }

    private static GrantCall NewCall(int year) => new(Guid.NewGuid(), year, $"{year}年度申报通知", Now);

    private static GrantCall CallWithOneCategory()
    {
        var call = NewCall(2023);
        call.AddCategory(null, "A", "类别").SetFunding(null, Quota.Exact(1), AmountRule.Fixed(10000m), false);
        return call;
    }

    private static void SetDisbursement(GrantCall call, IReadOnlyList<TrancheRule> tranches) =>
        call.SetRules(null, new SubmissionRequirements(), tranches, new ReviewSettings(), GrantPortal.Domain.Calls.Eligibility.Anyone, new SpendingRules(), [], [], []);

    /// <summary>Xinjiang 2025's three directions with XXJL-2025's tiers and forms.</summary>
    private static (GrantCall Call, GrantCategory Exchange, GrantCategory Regional) Xinjiang2025()
    {
        var call = NewCall(2025);
        call.Schedule(null, null, false, DeadlineRule.Months(6, DeadlineEvent.Approval, "项目周期为6个月"), null, 6);
        SetDisbursement(call, [new(60, DisbursementMilestone.OnApproval), new(30, DisbursementMilestone.MidTermEvaluation), new(10, DisbursementMilestone.Acceptance)]);

        var exchange = call.AddCategory(null, "XXJL-2025", "重点学术交流活动");
        exchange.SetFunding(910000m, Quota.Exact(15), null, false);
        call.AddCategory(exchange, "XXJL-2025-1", "国际性学术活动").SetFunding(null, Quota.Exact(2), AmountRule.Fixed(100000m, "10万元/个"), false);
        call.AddCategory(exchange, "XXJL-2025-2", "全国性学术活动").SetFunding(null, Quota.Exact(3), AmountRule.Fixed(70000m, "7万元/个"), false);
        var regional = call.AddCategory(exchange, "XXJL-2025-3", "全疆性学术活动");
        regional.SetFunding(null, Quota.Exact(10), AmountRule.Fixed(50000m, "5万元/个"), false);
        exchange.AddFormVersion(Form("2025年度自治区科协学会重点资助项目申报书（重点学术交流活动）", XinjiangTierField(), Field("projectName", "项目名称")), Now);

        var journal = call.AddCategory(null, "QKPY-2025", "一流科技期刊培育项目");
        journal.SetFunding(null, Quota.Exact(1), AmountRule.Fixed(100000m), false);
        journal.AddFormVersion(Form("申报书（一流科技期刊培育项目）", Field("projectName", "项目名称")), Now);

        var party = call.AddCategory(null, "DJQC-2025", "党建强会项目");
        party.SetFunding(null, Quota.Exact(4), AmountRule.Fixed(50000m), false);
        party.AddFormVersion(Form("申报书（党建强会项目）", Field("projectName", "项目名称")), Now);
        return (call, exchange, regional);
    }

    /// <summary>Hunan 2022 2-1 湖南科技论坛及院士专家市州行活动: 4个, 10万元/个, two activities without their own quotas.</summary>
    private static (GrantCall Call, GrantCategory Forum) Hunan2022Forum(decimal cap)
    {
        var call = NewCall(2022);
        var forum = call.AddCategory(null, "2-1", "湖南科技论坛及院士专家市州行活动");
        forum.SetFunding(cap, Quota.Exact(4), AmountRule.Fixed(100000m, "10万元/个"), false);
        call.AddCategory(forum, "2-1-1", "湖南科技论坛");
        call.AddCategory(forum, "2-1-2", "院士专家市州行活动");
        return (call, forum);
    }

    private static FormField XinjiangTierField() =>
        SelectsCategory("activityLevel", "XXJL-2025-1", "XXJL-2025-2", "XXJL-2025-3");

    /// <summary>Guangxi 2023-3 “八桂科技讲坛”学术交流: 30-40项, 70万元, four sub-types chosen in the form.</summary>
    private static GrantCall Guangxi2023Bagui(bool withForeignScholarField)
    {
        var call = NewCall(2023);
        call.Schedule(null, BeijingTime.StartOf(new DateOnly(2023, 4, 29)), true,
            DeadlineRule.OnDate(new DateOnly(2023, 12, 31)), DeadlineRule.OnDate(new DateOnly(2023, 12, 10)), null);
        SetDisbursement(call, [new(100, DisbursementMilestone.AgreementSigned)]);

        var bagui = call.AddCategory(null, "2023-3", "“八桂科技讲坛”学术交流");
        bagui.SetFunding(700000m, Quota.Range(30, 40), null, false);
        bagui.SetRules(null, null, null, null, DeadlineRule.WorkingDays(10, DeadlineEvent.ActivityEnd), []);
        call.AddCategory(bagui, "2023-3-1", "广西科学年会学术交流活动").SetFunding(null, Quota.None,
            AmountRule.Conditional([new AmountOption("academicianKeynote", "有两院院士出席论坛并做大会报告", 30000m)], 20000m), false);
        call.AddCategory(bagui, "2023-3-2", "广西科学年会服务与策划").SetFunding(40000m, Quota.None, AmountRule.Fixed(40000m), false);
        call.AddCategory(bagui, "2023-3-3", "八桂科技讲坛学术交流活动").SetFunding(null, Quota.None,
            AmountRule.Conditional(
                [
                    new AmountOption("academicianKeynote", "主办或承办有两院院士出席的讲坛活动并做大会报告", 30000m),
                    new AmountOption("foreignScholarKeynote", "主办或承办有1个或以上不同国家学者参加并做大会报告", 20000m),
                ],
                10000m), false);
        call.AddCategory(bagui, "2023-3-4", "八桂科技讲坛服务与策划").SetFunding(40000m, Quota.None, AmountRule.Fixed(40000m), false);

        var fields = new List<FormField>
        {
            SelectsCategory("applicationType", "2023-3-1", "2023-3-2", "2023-3-3", "2023-3-4"),
            Field("academicianKeynote", "是否有两院院士出席并做大会报告", FieldType.YesNo) with { Fact = "academicianKeynote" },
        };
        if (withForeignScholarField)
        {
            fields.Add(Field("foreignScholarKeynote", "是否有1个或以上不同国家学者参加并做大会报告", FieldType.YesNo) with
            {
                Fact = "foreignScholarKeynote",
                ShowWhen = new ShowWhen("applicationType", "2023-3-3"),
            });
        }
        bagui.AddFormVersion(Form("广西科协“八桂科技讲坛”学术交流项目申报表", [.. fields]), Now);
        return call;
    }

    private static FormSchema Form(string title, params FormField[] fields) => new()
    {
        Title = title,
        Attachment = "附表",
        Sections = [new FormSection { Key = "basic", Title = "基本信息", Fields = fields }],
    };

    private static FormField Field(string key, string label, FieldType type = FieldType.ShortText) =>
        new() { Key = key, Label = label, Type = type };

    private static FormField SelectsCategory(string key, params string[] codes) => new()
    {
        Key = key,
        Label = "申报类型",
        Type = FieldType.SingleChoice,
        Required = true,
        SelectsCategory = true,
        Options = [.. codes.Select(c => new ChoiceOption(c, c))],
    };
}
