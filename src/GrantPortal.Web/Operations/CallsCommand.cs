using GrantPortal.Domain.Calls;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Web.Operations;

/// <summary>
/// Operator commands: `calls list`, `calls import FILE --tenant ID [--draft]` (FILE may be - for standard input),
/// `calls export --tenant ID --year YEAR [--title TITLE] [--out FILE]`. They run as the table owner.
/// </summary>
public static class CallsCommand
{
    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        var initializer = services.GetRequiredService<DatabaseInitializer>();
        var time = services.GetRequiredService<TimeProvider>();
        await using var db = initializer.CreateOwnerContext();
        var verb = args.FirstOrDefault();
        var options = Options(args.Skip(1).ToArray(), out var positional);
        switch (verb)
        {
            case "list":
                var calls = await db.Calls.IgnoreQueryFilters()
                    .Join(db.Associations, c => c.TenantId, a => a.Id, (c, a) => new { a.Identifier, c.Year, c.Title, c.Status, Categories = c.Categories.Count })
                    .OrderBy(c => c.Identifier).ThenByDescending(c => c.Year).ToListAsync();
                foreach (var row in calls)
                {
                    await output.WriteLineAsync($"{row.Identifier}\t{row.Year}\t{row.Status}\t{row.Categories} 类别\t{row.Title}");
                }
                return 0;
            case "import" when positional.Count == 1 && options.TryGetValue("tenant", out var tenant):
                var association = await db.Associations.SingleOrDefaultAsync(a => a.Identifier == tenant);
                if (association is null)
                {
                    await error.WriteLineAsync($"未知的科协“{tenant}”");
                    return 2;
                }
                var json = positional[0] == "-" ? await Console.In.ReadToEndAsync() : await File.ReadAllTextAsync(positional[0]);
                var result = CallDefinitionImporter.Import(json, association, time.GetUtcNow(), publish: !options.ContainsKey("draft"));
                if (!result.Succeeded)
                {
                    await error.WriteLineAsync($"导入失败，共 {result.Errors.Count} 处错误，未保存任何内容：");
                    foreach (var problem in result.Errors)
                    {
                        await error.WriteLineAsync($"  {problem}");
                    }
                    return 1;
                }
                var call = result.Call!;
                if (await db.Calls.IgnoreQueryFilters().AnyAsync(c => c.TenantId == association.Id && c.Year == call.Year && c.Title == call.Title))
                {
                    await error.WriteLineAsync($"{association.Identifier} 已有 {call.Year} 年度的“{call.Title}”，未导入");
                    return 1;
                }
                db.Calls.Add(call);
                db.CallAuditEntries.Add(CallEditor.FirstEntry(call, association, time.GetUtcNow(), new CallEditAuthor(null, Environment.UserName + "（命令行）"), "call.import",
                    $"由命令行导入{(call.Status == CallStatus.Published ? "并发布" : "为草稿")}"));
                await db.SaveChangesAsync();
                await output.WriteLineAsync($"已导入 {association.Identifier} {call.Year}“{call.Title}”：{call.Categories.Count} 个类别");
                return 0;
            case "export" when options.TryGetValue("tenant", out var tenantId) && int.TryParse(options.GetValueOrDefault("year"), out var year):
                var owner = await db.Associations.SingleOrDefaultAsync(a => a.Identifier == tenantId);
                var title = options.GetValueOrDefault("title");
                var found = owner is null ? [] : await db.Calls.IgnoreQueryFilters()
                    .Include(c => c.Categories).ThenInclude(c => c.Forms)
                    .Where(c => c.TenantId == owner.Id && c.Year == year && (title == null || c.Title == title))
                    .AsSplitQuery().ToListAsync();
                if (found.Count != 1)
                {
                    await error.WriteLineAsync(found.Count == 0 ? "没有找到这个申报通知" : "该年度有多个通知，请用 --title 指明");
                    return 1;
                }
                var exported = CallDefinitionExporter.ToJson(found[0], owner!);
                if (options.TryGetValue("out", out var path))
                {
                    await File.WriteAllTextAsync(path, exported);
                    await output.WriteLineAsync($"已导出到 {path}");
                }
                else
                {
                    await output.WriteLineAsync(exported);
                }
                return 0;
            default:
                await error.WriteLineAsync("""
                    用法 / usage:
                      calls list
                      calls import FILE --tenant xinjiang [--draft]      (FILE 为 - 时从标准输入读取)
                      calls export --tenant xinjiang --year 2025 [--title 标题] [--out FILE]
                    """);
                return 2;
        }
    }

    private static Dictionary<string, string> Options(string[] args, out List<string> positional)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        positional = [];
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = args[i][2..];
                options[name] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
            }
            else
            {
                positional.Add(args[i]);
            }
        }
        return options;
    }
}
