using System.Globalization;
using GrantPortal.Infrastructure.Files;

namespace GrantPortal.Web.Operations;

/// <summary>
/// Operator command: `files sweep [--dry-run]` runs one sweep of the directory file store now (what the background
/// sweeper does every hour): lists the unreferenced and temporary files older than the grace period and removes them
/// (with --dry-run only lists them), and lists rows whose bytes are missing. Exits 0 when no row lacks its bytes, 1 when
/// some do, 2 on bad usage or when the store is not a directory.
/// </summary>
public static class FilesCommand
{
    public static async Task<int> RunAsync(string[] args, DirectoryFileSweeper? sweeper, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.FirstOrDefault() != "sweep" || args.Skip(1).Any(a => a != "--dry-run"))
        {
            await error.WriteLineAsync("""
                用法 / usage:
                  files sweep [--dry-run]
                """);
            return 2;
        }
        if (sweeper is null)
        {
            await error.WriteLineAsync("文件存储不是目录（Files:Store=Directory），无需清理");
            return 2;
        }
        var dryRun = args.Contains("--dry-run");
        var report = await sweeper.SweepAsync(dryRun);
        var verb = dryRun ? "将删除" : "已删除";
        foreach (var file in report.Orphans)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{verb}（无记录）{file.Path}  {file.Bytes} 字节  {file.LastWriteUtc:O}"));
        }
        foreach (var file in report.Temporaries)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{verb}（临时文件）{file.Path}  {file.Bytes} 字节  {file.LastWriteUtc:O}"));
        }
        foreach (var file in report.Missing)
        {
            await output.WriteLineAsync($"缺失：{file.Tenant} 文件 {file.FileId} 有记录但没有内容（应在 {file.ExpectedPath}）");
        }
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{verb} {report.Count} 个文件，共 {report.Bytes} 字节；缺失内容的记录 {report.Missing.Count} 条（宽限期 {sweeper.Options.Grace.TotalMinutes} 分钟）"));
        return report.Missing.Count > 0 ? 1 : 0;
    }
}
