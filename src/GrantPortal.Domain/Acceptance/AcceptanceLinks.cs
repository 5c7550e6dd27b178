namespace GrantPortal.Domain.Acceptance;

/// <summary>新闻链接: a link handed in for acceptance is an absolute http or https address with a host name.</summary>
public static class AcceptanceLinks
{
    public const int MaxLength = 2000;

    public static bool IsValid(string? link) =>
        !string.IsNullOrWhiteSpace(link)
        && link.Length <= MaxLength
        && !link.Any(char.IsWhiteSpace)
        && Uri.TryCreate(link, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Contains('.', StringComparison.Ordinal)
        && !uri.Host.StartsWith('.') && !uri.Host.EndsWith('.');
}
