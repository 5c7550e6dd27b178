namespace GrantPortal.Domain.FormalChecks;

/// <summary>What the comparison of an application's uploaded sealed scan with its latest submission found.</summary>
public sealed record SealedScanFinding(SealedScanState State, string Detail)
{
    public static readonly SealedScanFinding Missing = new(SealedScanState.Missing, "未上传");
}
