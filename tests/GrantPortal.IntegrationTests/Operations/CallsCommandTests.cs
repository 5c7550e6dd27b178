using System.Text.Json.Nodes;
using GrantPortal.IntegrationTests.Support;
using GrantPortal.Web.Operations;

namespace GrantPortal.IntegrationTests.Operations;

/// <summary>
/// The operator's `calls` commands on a database of their own (imports add calls, which the shared fixture's pages
/// must not see): list, export, and import with every error reported by its JSON path.
/// </summary>
public sealed class CallsCommandTests(PortalFactory factory) : IClassFixture<PortalFactory>, IDisposable
{
    private const string GuangxiTitle = "自治区科协关于申报2023年度“提质增效”项目的通知";
    private const string XinjiangTitle = "2025年度自治区科协学会重点资助项目申报指南";
    private const string ImportedMark = "（导入测试）";

    private readonly List<string> _files = [];

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CallsCommand.RunAsync(args, factory.Services, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private async Task<JsonNode> ExportAsync(string tenant, int year, string title)
    {
        var (code, output, error) = await RunAsync("export", "--tenant", tenant, "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--title", title);
        Assert.True(code == 0, $"export {tenant} {year} exited {code}: {error}");
        return JsonNode.Parse(output)!;
    }

    private string Write(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gp-call-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        _files.Add(path);
        return path;
    }

    private Task<long> CallsAsync() => factory.CountAsync("SELECT count(*) FROM grant_calls");

    /// <summary>The first place two JSON trees differ, or null when they are equal.</summary>
    private static string? FirstDifference(JsonNode? a, JsonNode? b, string path)
    {
        switch (a, b)
        {
            case (JsonObject x, JsonObject y):
                foreach (var name in x.Select(p => p.Key).Union(y.Select(p => p.Key)))
                {
                    if (FirstDifference(x[name], y[name], $"{path}.{name}") is { } difference)
                    {
                        return difference;
                    }
                }
                return null;
            case (JsonArray x, JsonArray y):
                if (x.Count != y.Count)
                {
                    return $"{path}: {x.Count} items vs {y.Count}";
                }
                return Enumerable.Range(0, x.Count).Select(i => FirstDifference(x[i], y[i], $"{path}[{i}]")).FirstOrDefault(d => d is not null);
            default:
                return JsonNode.DeepEquals(a, b) ? null : $"{path}: {a?.ToJsonString() ?? "null"} vs {b?.ToJsonString() ?? "null"}";
        }
    }

    /// <summary>Every category of the call, depth first.</summary>
    private static List<JsonNode> Categories(JsonNode call) => Nodes(call["categories"]);

    private static List<JsonNode> Nodes(JsonNode? list) =>
        list is JsonArray array ? array.SelectMany(c => new[] { c! }.Concat(Nodes(c!["children"]))).ToList() : [];

    [Fact]
    public async Task List_SeededDatabase_ShowsTheFourSeededCalls()
    {
        var (code, output, _) = await RunAsync("list");

        Assert.Equal(0, code);
        var seeded = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.Contains(ImportedMark, StringComparison.Ordinal)).ToList();
        Assert.Equal(["guangxi\t2023", "hunan\t2022", "shanxi\t2021", "xinjiang\t2025"], seeded.Select(l => string.Join('\t', l.Split('\t').Take(2))));
        Assert.Contains(seeded, l => l.StartsWith("guangxi", StringComparison.Ordinal) && l.Contains("22 类别", StringComparison.Ordinal) && l.EndsWith(GuangxiTitle, StringComparison.Ordinal));
        Assert.Contains(seeded, l => l.StartsWith("xinjiang", StringComparison.Ordinal) && l.EndsWith(XinjiangTitle, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_ExportWithNewTitle_CreatesTheSameCallUnderThatTitle()
    {
        var original = await ExportAsync("guangxi", 2023, GuangxiTitle);
        var copy = original.DeepClone();
        var title = GuangxiTitle + ImportedMark;
        copy["title"] = title;
        var calls = await CallsAsync();

        var (code, output, error) = await RunAsync("import", Write(copy.ToJsonString()), "--tenant", "guangxi");

        Assert.True(code == 0, $"import exited {code}: {error}");
        Assert.Contains("已导入 guangxi 2023", output);
        Assert.Equal(calls + 1, await CallsAsync());
        var imported = await ExportAsync("guangxi", 2023, title);
        Assert.Equal(22, Categories(imported).Count);
        Assert.Equal(title, (string?)imported["title"]);
        Assert.Equal(Categories(original).Select(c => (string?)c["code"]), Categories(imported).Select(c => (string?)c["code"]));
        Assert.Equal(Categories(original).Select(c => c["budgetCap"]?.ToJsonString()), Categories(imported).Select(c => c["budgetCap"]?.ToJsonString()));
        Assert.Equal(Categories(original).Select(c => c["quota"]?.ToJsonString()), Categories(imported).Select(c => c["quota"]?.ToJsonString()));
        Assert.Equal(Categories(original).Select(c => c["form"]?.ToJsonString()), Categories(imported).Select(c => c["form"]?.ToJsonString()));
        imported["title"] = GuangxiTitle;
        Assert.Null(FirstDifference(original, imported, "$"));
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM grant_calls WHERE title = $1 AND status = 'Published'", title));
    }

    public static TheoryData<string, string, string[]> InvalidFiles => new()
    {
        // tenant, what is broken, the error lines expected (path: …)
        { "xinjiang", "tier-quota", ["$.categories[0]: 类别 XXJL-2025：最低资助需求 101万元"] },
        { "guangxi", "applicant-type", ["$.categories[0].eligibility.applicantTypes[0]: “Company”不是允许的取值"] },
        { "guangxi", "date", ["$.issuedOn: 日期“2023/04/04”应写作 YYYY-MM-DD"] },
        { "guangxi", "applicant-type+date", ["$.categories[0].eligibility.applicantTypes[0]: ", "$.issuedOn: ", "共 2 处错误"] },
        { "guangxi", "syntax", ["JSON 格式错误"] },
    };

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public async Task Import_InvalidFile_ExitsOneWithEachErrorAtItsPathAndAddsNoCall(string tenant, string broken, string[] expected)
    {
        var call = tenant == "xinjiang" ? await ExportAsync("xinjiang", 2025, XinjiangTitle) : await ExportAsync("guangxi", 2023, GuangxiTitle);
        call["title"] = $"{call["title"]}{ImportedMark}{broken}";
        if (broken == "tier-quota")
        {
            call["categories"]![0]!["children"]![0]!["quota"]!["exact"] = 3; // 3×10万 + 3×7万 + 10×5万 = 101万 > 91万
        }
        if (broken.Contains("applicant-type", StringComparison.Ordinal))
        {
            call["categories"]![0]!["eligibility"]!["applicantTypes"]![0] = "Company";
        }
        if (broken.Contains("date", StringComparison.Ordinal))
        {
            call["issuedOn"] = "2023/04/04";
        }
        var json = call.ToJsonString();
        if (broken == "syntax")
        {
            json = json.Replace("\"year\":", "\"year\"", StringComparison.Ordinal);
        }
        var calls = await CallsAsync();

        var (code, output, error) = await RunAsync("import", Write(json), "--tenant", tenant);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("导入失败", error);
        foreach (var line in expected)
        {
            Assert.True(error.Contains(line, StringComparison.Ordinal), $"expected “{line}” in:\n{error}");
        }
        Assert.Matches(@"(?m)^  \$\S*: ", error); // every problem is reported with where it is
        Assert.Equal(calls, await CallsAsync());
    }

    [Fact]
    public async Task Import_GuangxiFileIntoXinjiang_IsRefused()
    {
        var call = await ExportAsync("guangxi", 2023, GuangxiTitle);
        call["title"] = GuangxiTitle + ImportedMark + "xinjiang";
        var calls = await CallsAsync();

        var (code, _, error) = await RunAsync("import", Write(call.ToJsonString()), "--tenant", "xinjiang");

        Assert.Equal(1, code);
        Assert.Contains("$.tenant: 文件属于“guangxi”，不能导入到“xinjiang”", error);
        Assert.Equal(calls, await CallsAsync());
    }

    public void Dispose()
    {
        foreach (var file in _files)
        {
            File.Delete(file);
        }
    }
}
