using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Reviews;

/// <summary>One application in the panel's decision: approved or not, and the amount (two decimals) when approved.</summary>
public sealed class DecisionLine : ITenantOwned
{
    private DecisionLine() { }

    internal DecisionLine(PanelDecision decision, Guid applicationId, Guid groupNodeId, int? rank, decimal? proposedAmount, int? reserveOrder, bool approved, decimal? amount)
    {
        Id = Guid.CreateVersion7();
        TenantId = decision.TenantId;
        DecisionId = decision.Id;
        ApplicationId = applicationId;
        GroupNodeId = groupNodeId;
        Rank = rank;
        ProposedAmount = proposedAmount;
        ReserveOrder = reserveOrder;
        Approved = approved;
        Amount = approved ? amount : null;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid DecisionId { get; private set; }
    public Guid ApplicationId { get; private set; }
    /// <summary>The category (sub-type) it was ranked in.</summary>
    public Guid GroupNodeId { get; private set; }
    /// <summary>Its rank in that group when the decision was started; null without scores.</summary>
    public int? Rank { get; private set; }
    /// <summary>The amount the allocation proposed.</summary>
    public decimal? ProposedAmount { get; private set; }
    /// <summary>Its place on the reserve list (候补) when the decision was started.</summary>
    public int? ReserveOrder { get; private set; }
    /// <summary>拟立项.</summary>
    public bool Approved { get; private set; }
    /// <summary>资助金额 in yuan; null when not approved.</summary>
    public decimal? Amount { get; private set; }
    /// <summary>Changed by the panel after the allocation.</summary>
    public bool Changed { get; private set; }

    internal void Set(bool approved, decimal? amount)
    {
        Approved = approved;
        Amount = approved ? amount : null;
        Changed = true;
    }
}
