namespace GrantPortal.Web;

/// <summary>Marker for the portal's one set of UI texts (Localization/*.json).</summary>
public sealed class SharedResource;
