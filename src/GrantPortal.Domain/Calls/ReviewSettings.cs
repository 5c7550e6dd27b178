namespace GrantPortal.Domain.Calls;

/// <summary>评审设置: the stages a call runs, the expert types on its panels, and the public notice period.</summary>
public sealed record ReviewSettings
{
    public IReadOnlyList<ReviewStage> Stages { get; init; } = [];
    public IReadOnlyList<ExpertRole> ExpertRoles { get; init; } = [];
    /// <summary>立项公示 period in working days (Shanxi: 5); null = not stated.</summary>
    public int? PublicNoticeWorkingDays { get; init; }
}
