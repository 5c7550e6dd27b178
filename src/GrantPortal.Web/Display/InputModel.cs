namespace GrantPortal.Web.Display;

/// <summary>A labelled text input with its error next to it (Views/Shared/_Input).</summary>
public sealed record InputModel(string Name, string Label, string? Value, string Type = "text", bool Required = true, int? MaxLength = null, string? Hint = null, string? AutoComplete = null);
