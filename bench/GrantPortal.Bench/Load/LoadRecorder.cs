using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace GrantPortal.Bench.Load;

/// <summary>Latencies and errors per request kind (signin, form, autosave, upload, submit, each staff page).</summary>
internal sealed class LoadRecorder
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _errorSamples = new();

    public static readonly string[] Kinds = ["signin-page", "signin", "form", "autosave", "upload", "submit", "receipt", "staff-call", "staff-applications", "staff-formal-check", "staff-calls"];

    public void Record(string kind, double milliseconds) => _latencies.GetOrAdd(kind, _ => []).Add(milliseconds);

    public void Error(string kind, string detail)
    {
        _errors.AddOrUpdate(kind, 1, (_, n) => n + 1);
        if (_errorSamples.Count < 20)
        {
            _errorSamples.Enqueue($"{kind}: {detail}");
        }
    }

    public int TotalErrors => _errors.Values.Sum();

    public IEnumerable<string> ErrorSamples => _errorSamples;

    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine("| request | count | p50 ms | p95 ms | p99 ms | max ms | errors |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var kind in Kinds.Concat(_latencies.Keys.Except(Kinds)))
        {
            var sorted = _latencies.TryGetValue(kind, out var bag) ? bag.Order().ToArray() : [];
            _errors.TryGetValue(kind, out var errors);
            if (sorted.Length == 0 && errors == 0)
            {
                continue;
            }
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {kind} | {sorted.Length} | {Percentile.Of(sorted, 50):0.0} | {Percentile.Of(sorted, 95):0.0} | {Percentile.Of(sorted, 99):0.0} | {(sorted.Length == 0 ? double.NaN : sorted[^1]):0.0} | {errors} |");
        }
        return text.ToString();
    }
}
