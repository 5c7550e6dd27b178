using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Web.Areas.Applicant.Applications;

/// <summary>An application with what its pages need: its call, category, the form version it is filled in on, the call's phase now.</summary>
public sealed record ApplicationContext(GrantApplication Application, GrantCall Call, GrantCategory Category, FormDefinition Form, CallPhase Phase, DateTimeOffset? Now = null)
{
    /// <summary>A returned application follows its correction deadline (see <see cref="GrantApplication.IsEditableAt"/>).</summary>
    public bool Editable => Now is { } now ? Application.IsEditableAt(Phase, now) : Application.IsEditableIn(Phase);
}
