namespace GrantPortal.Infrastructure.Calls;

public enum CallEditStatus
{
    Saved,
    /// <summary>Nothing changed: nothing saved, no revision used.</summary>
    Unchanged,
    /// <summary>Someone saved the call since the editor's revision; see <see cref="CallEditOutcome.Missed"/>.</summary>
    Conflict,
    /// <summary>A rule refused the change; see <see cref="CallEditOutcome.Error"/>.</summary>
    Refused,
    NotFound,
}
