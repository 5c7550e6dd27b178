using System.Globalization;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Calls;

/// <summary>
/// The rules a call must keep on every save and import: amounts × quotas within caps (Xinjiang XXJL-2025:
/// 2×10万 + 3×7万 + 10×5万 = 91万), children's caps within the parent's, sub-quotas within the parent's quota,
/// tranches summing to 100%, deadlines in order, forms well formed.
/// </summary>
public static class CallInvariants
{
    public static IReadOnlyList<CallViolation> Check(GrantCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var violations = new List<CallViolation>();
        void Call(string message) => violations.Add(new CallViolation(null, message));

        if (call.Year is < 2000 or > 2100) { Call($"年度 {call.Year} 不合理"); }
        if (call.ApplicationLimitPerOrganization is < 1) { Call("每个单位的申报数量上限必须至少为 1"); }
        if (call.Review.PublicNoticeWorkingDays is < 1) { Call("公示期必须至少 1 个工作日"); }
        if (call.OpensAt is { } opens && call.SubmissionDeadline is { } deadline && opens >= deadline)
        {
            Call($"开放时间 {Show(opens)} 不早于申报截止时间 {Show(deadline)}");
        }
        if (call.SubmissionDeadline is { } closes)
        {
            var closingDay = BeijingTime.DayEndingAt(closes);
            foreach (var (label, rule) in new[] { ("完成时限", call.CompletionDeadline), ("验收时限", call.AcceptanceDeadline) })
            {
                if (rule?.Date is { } date && date < closingDay) { Call($"{label} {date:yyyy-MM-dd} 早于申报截止日 {closingDay:yyyy-MM-dd}"); }
            }
        }
        foreach (var (label, rule) in new[] { ("完成时限", call.CompletionDeadline), ("验收时限", call.AcceptanceDeadline) })
        {
            if (rule is { IsWellFormed: false }) { Call($"{label}必须是一个日期，或某事件后的若干工作日 / 月"); }
        }
        CheckDisbursement(call.Disbursement, Call);

        var codes = call.AllCategories.GroupBy(c => c.Code, StringComparer.Ordinal).Where(g => g.Count() > 1);
        foreach (var duplicate in codes) { Call($"类别编号 {duplicate.Key} 重复"); }

        foreach (var node in call.AllCategories)
        {
            CheckNode(node, violations);
        }
        return violations;
    }

    private static void CheckDisbursement(IReadOnlyList<TrancheRule> tranches, Action<string> fail)
    {
        if (tranches.Count == 0)
        {
            return;
        }
        if (tranches.Any(t => t.Percent <= 0)) { fail("每期拨付比例必须大于 0"); }
        var sum = tranches.Sum(t => t.Percent);
        if (sum != 100m) { fail($"拨付比例合计 {sum.ToString("0.##", CultureInfo.InvariantCulture)}%，应为 100%"); }
        for (var i = 1; i < tranches.Count; i++)
        {
            if (tranches[i].Milestone < tranches[i - 1].Milestone) { fail("拨付节点顺序不对：应按立项、签订任务书、中期评估、验收的顺序排列"); }
        }
    }

    private static void CheckNode(GrantCategory node, List<CallViolation> violations)
    {
        void Fail(string message) => violations.Add(new CallViolation(node.Code, message));

        if (string.IsNullOrWhiteSpace(node.Code)) { Fail("缺少类别编号"); }
        if (string.IsNullOrWhiteSpace(node.Name)) { Fail("缺少类别名称"); }
        if (node.BudgetCap is { } cap && (cap <= 0 || !Money.HasAtMostTwoDecimals(cap))) { Fail($"总额 {Yuan(cap)} 必须大于零且最多两位小数"); }
        if (node.QuotaMin is < 1 || node.QuotaMax is < 1) { Fail("项目数量必须至少为 1"); }
        if (node.QuotaMin > node.QuotaMax) { Fail($"项目数量下限 {node.QuotaMin} 大于上限 {node.QuotaMax}"); }
        foreach (var problem in node.OwnAmountRule?.Problems() ?? []) { Fail(problem); }
        foreach (var (label, rule) in new[] { ("完成时限", node.CompletionDeadline), ("验收时限", node.AcceptanceDeadline) })
        {
            if (rule is { IsWellFormed: false }) { Fail($"{label}必须是一个日期，或某事件后的若干工作日 / 月"); }
        }
        if (node.SpendingRules?.MaxTravelPercent is < 0 or > 100) { Fail("差旅支出比例上限必须在 0 到 100 之间"); }
        if (node.AcceptanceMaterials.Any(m => m.MinCharacters is < 1 || m.MaxFiles is < 1)) { Fail("验收材料的字数或文件数要求必须为正数"); }

        var children = node.Children;
        if (node.BudgetCap is { } parentCap)
        {
            var childCaps = children.Where(c => c.BudgetCap is not null).Sum(c => c.BudgetCap!.Value);
            if (childCaps > parentCap)
            {
                Fail($"下级类别总额合计 {Yuan(childCaps)} 超过本类别总额 {Yuan(parentCap)}");
            }
            var committed = MinimumCommitment(node);
            if (committed > parentCap)
            {
                Fail($"最低资助需求 {Yuan(committed)}（{CommitmentFormula(node)}）超过总额 {Yuan(parentCap)}");
            }
        }
        if (children.Count > 0 && node.QuotaMax is { } maxQuota)
        {
            var childMinimum = children.Sum(c => c.QuotaMin ?? 0);
            if (childMinimum > maxQuota)
            {
                Fail($"下级类别项目数量合计至少 {childMinimum} 个，超过本类别上限 {maxQuota} 个");
            }
        }
        if (node.IsApplicable)
        {
            if (node.Ancestors().Any(a => a.IsApplicable)) { Fail("上级类别已有申报表：申报只能对应一级类别"); }
            var amountFacts = node.SelfAndDescendants().SelectMany(n => n.AmountOptions).Select(o => o.Fact).Distinct().ToList();
            foreach (var problem in node.CurrentForm!.Schema.Problems(children.Select(c => c.Code).ToList(), amountFacts))
            {
                Fail($"申报表：{problem}");
            }
        }
    }

    /// <summary>
    /// The least a node must pay out to fund its minimum quota at its minimum amounts: for a leaf its minimum amount ×
    /// minimum quota; for a node with children the larger of the children's sum and its own minimum quota × the smallest
    /// minimum amount among its leaves. A node with a quota but no amount (set by review) commits nothing.
    /// </summary>
    public static decimal MinimumCommitment(GrantCategory node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.Children.Count > 0)
        {
            // Hunan 2-1: 4个 × 10万元 whose two activities have no quotas of their own still commit 40万元.
            return Math.Max(node.Children.Sum(MinimumCommitment), OwnMinimumCommitment(node));
        }
        return OwnMinimumCommitment(node);
    }

    /// <summary>The node's own minimum quota at the smallest minimum amount of any node an application may land in.</summary>
    private static decimal OwnMinimumCommitment(GrantCategory node)
    {
        var amount = node.SelfAndDescendants().Where(n => n.Children.Count == 0)
            .Min(n => n.EffectiveAmountRule is { Kind: not AmountRuleKind.NotPublished, Min: { } min } ? min : 0m);
        return amount * (node.QuotaMin ?? 0);
    }

    /// <summary>The largest sum the node could pay out (maximum amounts × maximum quotas); null when unbounded.</summary>
    public static decimal? MaximumCommitment(GrantCategory node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.Children.Count > 0)
        {
            var parts = node.Children.Select(MaximumCommitment).ToList();
            return parts.Any(p => p is null) ? null : parts.Sum();
        }
        return node.EffectiveAmountRule is { Kind: not AmountRuleKind.NotPublished, Max: { } max } && node.QuotaMax is { } quota
            ? max * quota
            : null;
    }

    private static string CommitmentFormula(GrantCategory node) =>
        node.Children.Count > 0 && node.Children.Sum(MinimumCommitment) >= OwnMinimumCommitment(node)
            ? string.Join(" + ", node.Children.Select(c => c.Children.Count > 0 ? Yuan(MinimumCommitment(c)) : $"{c.QuotaMin ?? 0}×{Yuan(c.EffectiveAmountRule?.Min ?? 0)}"))
            : $"{node.QuotaMin ?? 0}×{Yuan(node.QuotaMin is > 0 ? OwnMinimumCommitment(node) / node.QuotaMin.Value : 0)}";

    private static string Yuan(decimal yuan) =>
        yuan % 10000m == 0 ? $"{(yuan / 10000m).ToString("0.##", CultureInfo.InvariantCulture)}万元" : $"{yuan.ToString("0.##", CultureInfo.InvariantCulture)}元";

    private static string Show(DateTimeOffset instant) => BeijingTime.ToBeijing(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
