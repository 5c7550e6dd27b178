namespace GrantPortal.Domain.Acceptance;

/// <summary>How an acceptance material is handed in.</summary>
public enum AcceptanceInput
{
    /// <summary>Typed in (reports): at least so many characters.</summary>
    Text,
    /// <summary>Uploaded files (photos, sign-in sheets, slides, certificates …).</summary>
    Files,
    /// <summary>Web addresses (news items, videos).</summary>
    Links,
}
