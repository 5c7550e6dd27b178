namespace GrantPortal.Domain.Calls;

/// <summary>A broken call invariant: the node it concerns (null = the call) and a Chinese message with the numbers.</summary>
public sealed record CallViolation(string? NodeCode, string Message)
{
    public override string ToString() => NodeCode is null ? Message : $"类别 {NodeCode}：{Message}";
}
