namespace GrantPortal.Domain.FormalChecks;

/// <summary>The sealed scan of an application as the formal check sees it.</summary>
public enum SealedScanState
{
    /// <summary>No scan uploaded.</summary>
    Missing,
    /// <summary>Uploaded, but nobody has confirmed it yet (a typed code only, or nothing readable).</summary>
    Unconfirmed,
    /// <summary>The sealed copy of the latest version (read from its QR code, or confirmed by staff).</summary>
    Matches,
    /// <summary>Another version's code, an unknown code, or rejected by staff.</summary>
    Mismatch,
    /// <summary>The application was submitted again after the scan.</summary>
    Outdated,
}
