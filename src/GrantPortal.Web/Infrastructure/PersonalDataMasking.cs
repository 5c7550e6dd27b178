using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace GrantPortal.Web.Infrastructure;

/// <summary>
/// Keeps resident ID numbers and mobile numbers out of the logs: any logged string value that contains one has it
/// replaced before a sink sees it.
/// </summary>
public sealed partial class PersonalDataMasking : ILogEventEnricher
{
    // A mobile number may carry the country code (+86 or 86) written against it.
    [GeneratedRegex(@"(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15}|(?:\+?86)?1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?![0-9A-Za-z])")]
    private static partial Regex Sensitive();

    public static string Mask(string value) => Sensitive().Replace(value, "***");

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (value is ScalarValue { Value: string text } && Sensitive().IsMatch(text))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(Mask(text))));
            }
        }
    }
}
