namespace GrantPortal.Infrastructure.Seeding;

/// <summary>Demo sign-ins created by ./run.sh, one per role per association, and one expert who reviews for all four.</summary>
public static class DemoAccounts
{
    public const string Password = "GrantPortal-Demo-2026";

    public static string Email(string tenant, string role) => $"{role}@{tenant}.example.com";

    public const string SharedExpertEmail = "expert@example.com";

    public static readonly string[] Roles = ["applicant", "staff", "reviewer", "admin"];
}
