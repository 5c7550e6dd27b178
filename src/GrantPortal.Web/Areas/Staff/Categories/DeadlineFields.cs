using GrantPortal.Domain.Calls;

namespace GrantPortal.Web.Areas.Staff.Categories;

/// <summary>The inputs of one deadline rule.</summary>
public sealed class DeadlineFields
{
    public DeadlineChoice Kind { get; set; }
    public DateOnly? Date { get; set; }
    public int? Count { get; set; }
    public DeadlineEvent? Event { get; set; }
    public string? Label { get; set; }

    public static DeadlineFields From(DeadlineRule? rule) => rule switch
    {
        null => new DeadlineFields(),
        { Date: { } date } => new DeadlineFields { Kind = DeadlineChoice.Date, Date = date, Label = rule.Label },
        { WorkingDaysAfter: { } days } => new DeadlineFields { Kind = DeadlineChoice.WorkingDays, Count = days, Event = rule.Event, Label = rule.Label },
        { MonthsAfter: { } months } => new DeadlineFields { Kind = DeadlineChoice.Months, Count = months, Event = rule.Event, Label = rule.Label },
        _ => new DeadlineFields { Label = rule.Label },
    };

    public DeadlineRule? ToRule()
    {
        var label = TextLines.Blank(Label);
        return Kind switch
        {
            DeadlineChoice.Date => DeadlineRule.OnDate(Date!.Value, label),
            DeadlineChoice.WorkingDays => DeadlineRule.WorkingDays(Count!.Value, Event!.Value, label),
            DeadlineChoice.Months => DeadlineRule.Months(Count!.Value, Event!.Value, label),
            _ => null,
        };
    }
}
