namespace GrantPortal.Domain.Reviews;

/// <summary>
/// 申请回避的专家: an applicant asks that a named person not review its application (by name, and organisation when
/// given, with a reason). Staff see it; an expert who matches is treated as conflicted.
/// </summary>
public sealed record AvoidanceRequest(string Name, string? Organization, string Reason);
