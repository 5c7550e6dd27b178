using GrantPortal.Domain.Reviews;

namespace GrantPortal.Web.Areas.Staff.ReviewForms;

/// <summary>The review form editor as posted.</summary>
public sealed class ReviewFormInput
{
    /// <summary>Empty rows offered after the criteria, for new ones.</summary>
    public const int BlankRows = 3;

    public List<CriterionInput> Criteria { get; set; } = [];
    public List<ReviewRecommendation> Recommendations { get; set; } = [];
    public bool AsksSuggestedAmount { get; set; }
    public int? CommentMinLength { get; set; }
    public bool LockedAfterDue { get; set; }
    /// <summary>Other categories of the call that get a copy of this form too.</summary>
    public List<Guid> CopyTo { get; set; } = [];

    public static ReviewFormInput From(ReviewFormContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new()
        {
            Criteria = content.Criteria.Select(c => new CriterionInput { Key = c.Key, Name = c.Name, Description = c.Description, Weight = c.Weight, MaxScore = c.MaxScore }).ToList(),
            Recommendations = [.. content.Recommendations],
            AsksSuggestedAmount = content.AsksSuggestedAmount,
            CommentMinLength = content.CommentMinLength,
            LockedAfterDue = content.LockedAfterDue,
        };
    }

    /// <summary>The form's content: the non-empty rows, each keeping its key or given a new one.</summary>
    public ReviewFormContent ToContent()
    {
        var rows = Criteria.Where(c => !c.IsBlank).ToList();
        var used = rows.Select(r => r.Key?.Trim()).Where(k => !string.IsNullOrEmpty(k)).ToHashSet(StringComparer.Ordinal);
        var criteria = new List<ReviewCriterion>();
        var next = 1;
        foreach (var row in rows)
        {
            var key = row.Key?.Trim();
            if (string.IsNullOrEmpty(key))
            {
                while (used.Contains($"c{next}"))
                {
                    next++;
                }
                key = $"c{next}";
                used.Add(key);
            }
            criteria.Add(new ReviewCriterion
            {
                Key = key,
                Name = row.Name?.Trim() ?? "",
                Description = string.IsNullOrWhiteSpace(row.Description) ? null : row.Description.Trim(),
                Weight = row.Weight ?? 0,
                MaxScore = row.MaxScore ?? 0,
            });
        }
        return new ReviewFormContent
        {
            Criteria = criteria,
            Recommendations = Enum.GetValues<ReviewRecommendation>().Where(Recommendations.Contains).ToList(),
            AsksSuggestedAmount = AsksSuggestedAmount,
            CommentMinLength = CommentMinLength ?? 0,
            LockedAfterDue = LockedAfterDue,
        };
    }
}
