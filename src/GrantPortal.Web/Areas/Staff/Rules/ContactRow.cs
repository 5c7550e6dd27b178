namespace GrantPortal.Web.Areas.Staff.Rules;

/// <summary>One contact of the call; phones separated by commas. A row left blank, or ticked for removal, is dropped.</summary>
public sealed class ContactRow
{
    public string? Role { get; set; }
    public string? Name { get; set; }
    public string? Phones { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => new[] { Role, Name, Phones, Email, Address }.All(string.IsNullOrWhiteSpace);
    public bool Kept => !Remove && !IsBlank;
}
