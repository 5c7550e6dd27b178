using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Calls;

/// <summary>A completion or acceptance deadline as entered: none, a date, or N working days / months after an event.</summary>
public sealed class DeadlineRuleInput
{
    /// <summary>"none", "date", "workdays" or "months".</summary>
    public string Kind { get; set; } = "none";
    public DateOnly? Date { get; set; }
    public int? Count { get; set; }
    public DeadlineEvent? Event { get; set; }
    public string? Label { get; set; }

    public static DeadlineRuleInput From(DeadlineRule? rule) => rule switch
    {
        null => new DeadlineRuleInput(),
        { Date: { } date } => new DeadlineRuleInput { Kind = "date", Date = date, Label = rule.Label },
        { WorkingDaysAfter: { } days } => new DeadlineRuleInput { Kind = "workdays", Count = days, Event = rule.Event, Label = rule.Label },
        { MonthsAfter: { } months } => new DeadlineRuleInput { Kind = "months", Count = months, Event = rule.Event, Label = rule.Label },
        _ => new DeadlineRuleInput { Label = rule.Label },
    };

    /// <summary>The rule entered; call only once the validator accepted the input.</summary>
    public DeadlineRule? ToRule()
    {
        var label = string.IsNullOrWhiteSpace(Label) ? null : Label.Trim();
        return Kind switch
        {
            "date" => DeadlineRule.OnDate(Date!.Value, label),
            "workdays" => DeadlineRule.WorkingDays(Count!.Value, Event!.Value, label),
            "months" => DeadlineRule.Months(Count!.Value, Event!.Value, label),
            _ => null,
        };
    }
}
