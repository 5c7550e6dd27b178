namespace GrantPortal.Domain.Progress;

/// <summary>How long a report text is, as the rules count it: characters other than white space (字数).</summary>
public static class ProgressText
{
    public static int Length(string? text) => text is null ? 0 : text.Count(c => !char.IsWhiteSpace(c));
}
