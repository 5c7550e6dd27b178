using GrantPortal.Domain.Calls;

namespace GrantPortal.Domain.Acceptance;

/// <summary>
/// 验收材料清单: the category's acceptance materials as checklist lines. Reports are typed in; photos are images, at most
/// 20; news items and videos are links; everything else (验收表, 签到表, 课件, 证书 …) is files of the fitting types. A
/// category without materials gets <see cref="DefaultMaterials"/>.
/// </summary>
public static class AcceptanceChecklist
{
    /// <summary>The most photos any category may ask for (the notices: 最多不超过20张).</summary>
    public const int MaxPhotos = 20;

    private static readonly string[] Images = [".jpg", ".jpeg", ".png", ".gif"];
    private static readonly string[] Documents = [".pdf", ".jpg", ".jpeg", ".png", ".docx", ".doc"];
    private static readonly string[] Slides = [".pptx", ".ppt", ".pdf"];
    private static readonly string[] Sheets = [".xlsx", ".xls", ".pdf"];

    /// <summary>总结报告 (at least 2,000 characters), 照片 (at most 20), 签到表.</summary>
    public static IReadOnlyList<AcceptanceMaterial> DefaultMaterials { get; } =
    [
        new() { Name = "总结报告", Kind = AcceptanceMaterialKind.Report, MinCharacters = 2000 },
        new() { Name = "照片", Kind = AcceptanceMaterialKind.Photos, MaxFiles = MaxPhotos },
        new() { Name = "签到表", Kind = AcceptanceMaterialKind.SignInSheet },
    ];

    /// <summary>The checklist for <paramref name="materials"/> (the defaults when there are none).</summary>
    public static IReadOnlyList<AcceptanceRequirement> For(IReadOnlyList<AcceptanceMaterial>? materials)
    {
        var list = materials is { Count: > 0 } ? materials : DefaultMaterials;
        return list.Select((m, i) => Requirement(i, m)).ToList();
    }

    public static AcceptanceInput InputOf(AcceptanceMaterialKind kind) => kind switch
    {
        AcceptanceMaterialKind.Report => AcceptanceInput.Text,
        AcceptanceMaterialKind.News or AcceptanceMaterialKind.Video => AcceptanceInput.Links,
        _ => AcceptanceInput.Files,
    };

    private static AcceptanceRequirement Requirement(int index, AcceptanceMaterial material)
    {
        var input = InputOf(material.Kind);
        var min = Math.Max(material.MinCount ?? 1, 1);
        var max = material.Kind == AcceptanceMaterialKind.Photos
            ? Math.Min(material.MaxFiles ?? MaxPhotos, MaxPhotos)
            : Math.Max(material.MaxFiles ?? 20, min);
        max = Math.Max(max, 1);
        min = Math.Min(min, max);
        return new AcceptanceRequirement
        {
            Index = index,
            Name = string.IsNullOrWhiteSpace(material.Name) ? "材料" : material.Name.Trim(),
            Kind = material.Kind,
            Input = input,
            MinCharacters = input == AcceptanceInput.Text ? material.MinCharacters : null,
            MinCount = min,
            MaxCount = max,
            Accept = input != AcceptanceInput.Files ? [] : material.Kind switch
            {
                AcceptanceMaterialKind.Photos => Images,
                AcceptanceMaterialKind.Slides => Slides,
                AcceptanceMaterialKind.Ledger => Sheets,
                _ => Documents,
            },
            Note = material.Note,
            DueLabel = material.Due?.Label,
        };
    }
}
