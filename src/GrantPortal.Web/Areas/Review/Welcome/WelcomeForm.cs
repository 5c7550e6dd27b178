namespace GrantPortal.Web.Areas.Review.Welcome;

/// <summary>An invited expert sets the password of the account staff created for them.</summary>
public sealed class WelcomeForm
{
    public Guid User { get; set; }
    public string Token { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}
