using GrantPortal.Domain.Reviews.Ranking;

namespace GrantPortal.Web.Areas.Staff.Rankings;

/// <summary>The ranking page's options, from the query string (the page is a GET form, so a ranking can be linked).</summary>
public sealed class RankingQuery
{
    /// <summary>标准化: rank on normalised scores.</summary>
    public bool Normalise { get; set; }

    /// <summary>意见分歧阈值 in points.</summary>
    public decimal? Threshold { get; set; }

    /// <summary>候补人数 per group.</summary>
    public int? Reserve { get; set; }

    /// <summary>及格线.</summary>
    public decimal? Minimum { get; set; }

    public RankingOptions ToOptions() => RankingOptions.Default with
    {
        Normalise = Normalise,
        DisagreementThreshold = Threshold is >= 0 and <= 100 ? Threshold.Value : RankingOptions.Default.DisagreementThreshold,
        ReserveSize = Reserve is >= 0 and <= 50 ? Reserve.Value : RankingOptions.Default.ReserveSize,
        MinimumScore = Minimum is > 0 and <= 100 ? Minimum : null,
    };

    /// <summary>The query string that reproduces these options (for the export links).</summary>
    public string ToQueryString(RankingOptions options) =>
        $"?normalise={(options.Normalise ? "true" : "false")}&threshold={options.DisagreementThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
        + $"&reserve={options.ReserveSize.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
        + (options.MinimumScore is { } minimum ? "&minimum=" + minimum.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
}
