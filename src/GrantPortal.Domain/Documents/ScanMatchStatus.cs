namespace GrantPortal.Domain.Documents;

/// <summary>What a sealed scan proves about the application it was uploaded for (see <see cref="ScanMatch"/>).</summary>
public enum ScanMatchStatus
{
    /// <summary>一致: the QR code read from the scan is the latest submission's code.</summary>
    Matches,
    /// <summary>一致（已核对）: staff confirmed the code against the image.</summary>
    ConfirmedByStaff,
    /// <summary>待工作人员核对: only the typed code matches the latest version (or nothing could be read); staff check the image.</summary>
    AwaitingStaff,
    /// <summary>不一致: the scan carries an older version's code.</summary>
    OlderVersion,
    /// <summary>不一致: the code is of no version of this application.</summary>
    UnknownCode,
    /// <summary>未能识别: no QR code read and no code typed.</summary>
    Unreadable,
    /// <summary>不一致: staff marked it mismatched, with a reason.</summary>
    RejectedByStaff,
    /// <summary>已过期: the application was submitted again after the scan was uploaded or confirmed.</summary>
    Outdated,
}
