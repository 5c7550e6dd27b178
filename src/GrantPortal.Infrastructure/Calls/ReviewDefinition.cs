namespace GrantPortal.Infrastructure.Calls;

/// <summary>Stages: ComplianceCheck, ExpertReview, PublicNotice, TaskAgreement. Expert roles: Technical, Financial, Management.</summary>
public sealed record ReviewDefinition
{
    public IReadOnlyList<string> Stages { get; init; } = [];
    public IReadOnlyList<string> ExpertRoles { get; init; } = [];
    public int? PublicNoticeWorkingDays { get; init; }
}
