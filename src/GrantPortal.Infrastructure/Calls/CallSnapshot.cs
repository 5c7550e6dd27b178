using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Tenancy;

namespace GrantPortal.Infrastructure.Calls;

/// <summary>
/// A call as JSON (its definition file plus its status), and the difference between two such snapshots as the list of
/// changed values by path. Categories are matched by code and form fields and sections by key, so a change to one
/// node reads "$.categories[XXJL-2025-1].quota.exact: 2 → 3", not as a shifted array.
/// </summary>
public static class CallSnapshot
{
    private static readonly string[] ItemKeys = ["code", "key"];
    private static readonly JsonSerializerOptions Compact = new(CallDefinitionFile.JsonOptions) { WriteIndented = false };

    public static JsonObject Take(GrantCall call, Association association)
    {
        ArgumentNullException.ThrowIfNull(call);
        var node = JsonSerializer.SerializeToNode(CallDefinitionExporter.Export(call, association), CallDefinitionFile.JsonOptions)!.AsObject();
        node["status"] = call.Status.ToString();
        node["closedAt"] = call.ClosedAt?.ToString("O", CultureInfo.InvariantCulture);
        node["formVersions"] = new JsonObject(call.AllCategories.Where(c => c.CurrentForm is not null)
            .Select(c => KeyValuePair.Create(c.Code, (JsonNode?)c.CurrentForm!.Version)));
        return node;
    }

    public static IReadOnlyList<CallChange> Diff(JsonNode? before, JsonNode? after)
    {
        var changes = new List<CallChange>();
        Compare("$", before, after, changes);
        return changes;
    }

    private static void Compare(string path, JsonNode? before, JsonNode? after, List<CallChange> changes)
    {
        if (JsonNode.DeepEquals(before, after))
        {
            return;
        }
        switch (before, after)
        {
            case (JsonObject b, JsonObject a):
                foreach (var name in b.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    Compare($"{path}.{name}", b[name], a[name], changes);
                }
                return;
            case (JsonArray b, JsonArray a) when CommonKey(b, a) is { } key:
                var beforeItems = b.ToDictionary(i => i![key]!.GetValue<string>(), StringComparer.Ordinal);
                var afterItems = a.ToDictionary(i => i![key]!.GetValue<string>(), StringComparer.Ordinal);
                foreach (var id in beforeItems.Keys.Union(afterItems.Keys))
                {
                    Compare($"{path}[{id}]", beforeItems.GetValueOrDefault(id), afterItems.GetValueOrDefault(id), changes);
                }
                var beforeOrder = b.Select(i => i![key]!.GetValue<string>()).Where(afterItems.ContainsKey).ToList();
                var afterOrder = a.Select(i => i![key]!.GetValue<string>()).Where(beforeItems.ContainsKey).ToList();
                if (!beforeOrder.SequenceEqual(afterOrder))
                {
                    changes.Add(new CallChange($"{path}#order", string.Join(", ", beforeOrder), string.Join(", ", afterOrder)));
                }
                return;
            default:
                changes.Add(new CallChange(path, Text(before), Text(after)));
                return;
        }
    }

    private static string? CommonKey(JsonArray before, JsonArray after)
    {
        var (b, a) = (KeyOf(before), KeyOf(after));
        var key = b == "" ? a : a == "" ? b : b == a ? b : null;
        return key is { Length: > 0 } ? key : null;
    }

    /// <summary>The property that identifies the items of an array of objects ("code" or "key"), when every item has a distinct one.</summary>
    private static string? KeyOf(JsonArray array)
    {
        if (array.Count == 0 || array.Any(i => i is not JsonObject))
        {
            return array.Count == 0 ? "" : null;
        }
        foreach (var key in ItemKeys)
        {
            var values = array.Select(i => i![key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).ToList();
            if (values.All(v => v is not null) && values.Distinct(StringComparer.Ordinal).Count() == values.Count)
            {
                return key;
            }
        }
        return null;
    }

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(Compact),
    };
}
