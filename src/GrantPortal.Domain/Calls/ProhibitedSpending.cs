namespace GrantPortal.Domain.Calls;

/// <summary>What grant money may not pay for.</summary>
public enum ProhibitedSpending
{
    /// <summary>资产购买.</summary>
    AssetPurchase,
    /// <summary>对外投资.</summary>
    ExternalInvestment,
    /// <summary>捐款赞助.</summary>
    Donation,
    /// <summary>内部劳务费.</summary>
    InternalLabourFees,
    /// <summary>转包.</summary>
    Subcontracting,
    /// <summary>挪用.</summary>
    Misappropriation,
}
