namespace GrantPortal.Domain.Calls;

/// <summary>项目数量: exact (Min = Max), a range such as 30-40, or none (both null).</summary>
public sealed record Quota(int? Min, int? Max)
{
    public static readonly Quota None = new(null, null);

    public static Quota Exact(int count) => new(count, count);

    public static Quota Range(int min, int max) => new(min, max);

    public bool IsNone => Min is null && Max is null;

    public bool IsExact => Min is not null && Min == Max;

    public override string ToString() => this switch
    {
        { IsNone: true } => "",
        { IsExact: true } => $"{Min}",
        { Min: null } => $"≤{Max}",
        { Max: null } => $"≥{Min}",
        _ => $"{Min}-{Max}",
    };
}
