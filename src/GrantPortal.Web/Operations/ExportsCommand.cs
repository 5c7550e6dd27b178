using GrantPortal.Domain.Documents;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Documents.Exports;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Web.Operations;

/// <summary>
/// Operator command: `exports call --tenant ID --year YEAR [--title TITLE] [--category CODE] --out FILE.zip` makes the
/// same ZIP as the staff export page (sealed, signed PDFs of the submitted applications and index.csv), synchronously,
/// printing its progress. It acts as the association (row-level security applies).
/// </summary>
public static class ExportsCommand
{
    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var options = Options(args.Skip(1).ToArray());
        if (args.FirstOrDefault() != "call" || !options.TryGetValue("tenant", out var identifier)
            || !int.TryParse(options.GetValueOrDefault("year"), out var year) || !options.TryGetValue("out", out var path))
        {
            await error.WriteLineAsync("""
                用法 / usage:
                  exports call --tenant xinjiang --year 2025 [--title 标题] [--category 类别代码] --out FILE.zip
                """);
            return 2;
        }
        var association = await services.GetRequiredService<AssociationDirectory>().FindAsync(identifier);
        if (association is null)
        {
            await error.WriteLineAsync($"未知的科协“{identifier}”");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var title = options.GetValueOrDefault("title");
        var calls = await db.Calls.AsNoTracking().Where(c => c.Year == year && (title == null || c.Title == title)).Select(c => new { c.Id, c.Title }).ToListAsync();
        if (calls.Count != 1)
        {
            await error.WriteLineAsync(calls.Count == 0 ? "没有找到这个申报通知" : "该年度有多个通知，请用 --title 指明");
            return 1;
        }
        var (scopeKind, scopeId) = (ExportScope.Call, calls[0].Id);
        if (options.TryGetValue("category", out var code))
        {
            var category = await db.Categories.AsNoTracking().SingleOrDefaultAsync(c => c.CallId == calls[0].Id && c.Code == code);
            if (category is null)
            {
                await error.WriteLineAsync($"通知中没有类别“{code}”");
                return 1;
            }
            (scopeKind, scopeId) = (ExportScope.Category, category.Id);
        }
        var builder = scope.ServiceProvider.GetRequiredService<ExportBuilder>();
        var items = await builder.ItemsAsync(scopeKind, scopeId);
        await output.WriteLineAsync($"导出 {association.Identifier} {year}“{calls[0].Title}”：{items.Count} 份申报书");
        var temporary = path + ".part";
        await using (var file = File.Create(temporary))
        {
            await builder.WriteZipAsync(items, file, async done => await output.WriteLineAsync($"  {done}/{items.Count} {items[done - 1].Number}"));
        }
        File.Move(temporary, path, overwrite: true);
        await output.WriteLineAsync($"已导出到 {path}");
        return 0;
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i][2..]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
            }
        }
        return options;
    }
}
