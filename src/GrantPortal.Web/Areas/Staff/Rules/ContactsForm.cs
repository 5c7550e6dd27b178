using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Rules;

/// <summary>The call's contacts as rows (a published call may change them too).</summary>
public sealed class ContactsForm
{
    private static readonly char[] PhoneSeparators = [',', '，', '、', ';', '；'];

    public int Revision { get; set; }
    public List<ContactRow> Contacts { get; set; } = [];

    public static ContactsForm Of(GrantCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new ContactsForm
        {
            Revision = call.Revision,
            Contacts = call.Contacts.Select(c => new ContactRow
            {
                Role = c.Role, Name = c.Name, Phones = string.Join("，", c.Phones), Email = c.Email, Address = c.Address,
            }).ToList(),
        };
    }

    public IReadOnlyList<ContactPerson> ToContacts() =>
        Contacts.Where(c => c.Kept).Select(c => new ContactPerson
        {
            Role = Lines.Trimmed(c.Role),
            Name = c.Name!.Trim(),
            Phones = (c.Phones ?? "").Split(PhoneSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            Email = Lines.Trimmed(c.Email),
            Address = Lines.Trimmed(c.Address),
        }).ToList();
}
