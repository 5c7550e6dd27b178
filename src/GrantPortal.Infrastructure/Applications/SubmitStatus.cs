namespace GrantPortal.Infrastructure.Applications;

public enum SubmitStatus
{
    Submitted,
    /// <summary>It was already submitted (a double click, two users at once): nothing new, the existing receipt stands.</summary>
    AlreadySubmitted,
    /// <summary>A rule refused it; see the reasons. Nothing was submitted.</summary>
    Refused,
    /// <summary>Someone saved the draft since this page was opened.</summary>
    Stale,
    NotFound,
}
