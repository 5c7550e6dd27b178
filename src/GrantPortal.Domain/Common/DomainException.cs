namespace GrantPortal.Domain.Common;

/// <summary>
/// A refused business transition. <see cref="Code"/> is stable and names a message the web layer shows
/// in the user's language; <see cref="Arguments"/> fill its placeholders.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string code, string message, params object[] arguments)
        : base(message)
    {
        Code = code;
        Arguments = arguments;
    }

    public DomainException() : this("error", "Domain rule violated.") { }

    public DomainException(string message) : this("error", message) { }

    public DomainException(string message, Exception innerException) : base(message, innerException)
    {
        Code = "error";
        Arguments = [];
    }

    public string Code { get; } = "error";
    public IReadOnlyList<object> Arguments { get; } = [];
}
