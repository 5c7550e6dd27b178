using System.Reflection;
using System.Text.Json;

namespace GrantPortal.Infrastructure.Seeding;

/// <summary>The seed files embedded in this assembly (Seeding/Data): associations, the holiday calendar, the four seeded calls.</summary>
public static class SeedData
{
    private static readonly Assembly Assembly = typeof(SeedData).Assembly;
    private const string Prefix = "GrantPortal.Infrastructure.Seeding.Data.";

    public sealed record AssociationSeed(string Identifier, string Name, string ShortName, string NameEn, string NumberPrefix);

    public sealed record CalendarSeed(string? Source, IReadOnlyList<CalendarYearSeed> Years);

    public sealed record CalendarYearSeed(int Year, string? Notice, string? Published, IReadOnlyList<HolidaySeed> Holidays, IReadOnlyList<AdjustedDaySeed> AdjustedWorkingDays);

    public sealed record HolidaySeed(string Name, IReadOnlyList<string> Dates);

    public sealed record AdjustedDaySeed(string Date, string Name);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<AssociationSeed> Associations() =>
        JsonSerializer.Deserialize<List<AssociationSeed>>(Read(Prefix + "associations.json"), Options)!;

    public static CalendarSeed Calendar() =>
        JsonSerializer.Deserialize<CalendarSeed>(Read(Prefix + "calendar.china-working-days.json"), Options)!;

    /// <summary>The seeded call files, by resource name (…calls.guangxi-2023.json) and content.</summary>
    public static IEnumerable<(string Name, string Json)> Calls() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + "calls.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[(Prefix.Length + "calls.".Length)..], Read(n)));

    private static string Read(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Seed resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
