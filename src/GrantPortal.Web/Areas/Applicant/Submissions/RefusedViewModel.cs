namespace GrantPortal.Web.Areas.Applicant.Submissions;

/// <summary>Why a submission was refused: every reason, and the way back to the form.</summary>
public sealed record RefusedViewModel(Guid ApplicationId, string Title, IReadOnlyList<string> Reasons);
