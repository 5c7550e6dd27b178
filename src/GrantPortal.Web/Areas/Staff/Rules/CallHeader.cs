using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Rules;

/// <summary>What the rules and contacts pages say about the call they edit.</summary>
public sealed record CallHeader(Guid Id, int Year, string Title, CallStatus Status, int Revision)
{
    public bool IsEditable => Status == CallStatus.Draft;

    public static CallHeader Of(GrantCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new CallHeader(call.Id, call.Year, call.Title, call.Status, call.Revision);
    }
}
