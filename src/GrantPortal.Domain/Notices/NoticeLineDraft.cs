namespace GrantPortal.Domain.Notices;

/// <summary>One approved line of the panel's decision as the notice lists it (snapshotted at publication).</summary>
public sealed record NoticeLineDraft(
    Guid ApplicationId, Guid OrganizationId, string ApplicationNumber, string ProjectTitle, string OrganizationName,
    Guid CategoryId, string CategoryName, decimal Amount);
