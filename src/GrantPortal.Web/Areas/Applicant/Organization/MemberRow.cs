namespace GrantPortal.Web.Areas.Applicant.Organization;

public sealed record MemberRow(Guid MembershipId, Guid UserId, string Email, string DisplayName, bool IsOwner, DateTimeOffset Joined);
