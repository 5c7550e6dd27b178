using System.Text;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Web.Display;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GrantPortal.Web.Areas.Staff.Calls;

/// <summary>复制为下一年度, 导出 and 导入定义文件: a call as a definition file and back, through the same importer as the seed.</summary>
public sealed partial class CallsController
{
    /// <summary>The largest definition file accepted (the seeded calls are well under 200 KB).</summary>
    private const long MaxImportBytes = 2 * 1024 * 1024;

    [HttpGet("/{tenant}/staff/calls/{id:guid}/copy")]
    public async Task<IActionResult> Copy(Guid id, CancellationToken cancellationToken)
    {
        var call = await editor.LoadAsync(id, cancellationToken);
        return call is null ? NotFound() : View(new CopyPage(call, [], null));
    }

    [HttpPost("/{tenant}/staff/calls/{id:guid}/copy")]
    [ActionName("Copy")]
    public async Task<IActionResult> CopyPost(Guid id, CancellationToken cancellationToken)
    {
        var source = await editor.LoadAsync(id, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }
        var copy = CallCopier.ForNextYear(source, tenant.Association!, time.GetUtcNow());
        if (!copy.Succeeded)
        {
            return View(new CopyPage(source, copy.Errors, null));
        }
        var outcome = await editor.CreateAsync(copy.Call!, User.ToAuthor(), "call.copy", $"复制 {source.Year} 年度通知“{source.Title}”", cancellationToken);
        if (!outcome.Succeeded)
        {
            var current = await editor.LoadAsync(id, cancellationToken);
            return View(new CopyPage(current!, [], DomainMessages.Describe(outcome.Error!, l)));
        }
        TempData["Notice"] = l["已复制为 {0} 年度草稿通知", copy.Call!.Year].Value;
        return LocalRedirect(CallUrl(copy.Call!.Id));
    }

    [HttpGet("/{tenant}/staff/calls/{id:guid}/export")]
    public async Task<IActionResult> Export(Guid id, CancellationToken cancellationToken)
    {
        var call = await editor.LoadAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        var json = CallDefinitionExporter.ToJson(call, tenant.Association!);
        return FileDownload.Send(this, Encoding.UTF8.GetBytes(json), "application/json", $"{Tenant}-{call.Year}-call-r{call.Revision}.json");
    }

    [HttpGet("/{tenant}/staff/calls/import")]
    public IActionResult Import() => View(new ImportPage(null, []));

    [HttpPost("/{tenant}/staff/calls/import")]
    [RequestSizeLimit(4 * 1024 * 1024)]
    public async Task<IActionResult> Import(ImportForm form, CancellationToken cancellationToken)
    {
        var json = form.Json;
        if (form.File is { Length: > 0 } file)
        {
            if (file.Length > MaxImportBytes)
            {
                ModelState.AddModelError(nameof(form.File), l["文件超过 2 MB，不是有效的定义文件"]);
            }
            else if (!file.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !(file.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) ?? false))
            {
                ModelState.AddModelError(nameof(form.File), l["请上传 .json 格式的定义文件"]);
            }
            else
            {
                using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
                json = await reader.ReadToEndAsync(cancellationToken);
                if (json.TrimStart().FirstOrDefault() is not ('{' or '['))
                {
                    ModelState.AddModelError(nameof(form.File), l["文件内容不是 JSON"]);
                }
            }
        }
        else if (string.IsNullOrWhiteSpace(json))
        {
            ModelState.AddModelError(nameof(form.Json), l["请上传定义文件或粘贴其内容"]);
        }
        else if (json.Length > MaxImportBytes)
        {
            ModelState.AddModelError(nameof(form.Json), l["内容超过 2 MB，不是有效的定义文件"]);
        }
        if (!ModelState.IsValid)
        {
            return View(new ImportPage(form.Json, []));
        }
        var result = CallDefinitionImporter.Import(json!, tenant.Association!, time.GetUtcNow(), publish: false);
        if (!result.Succeeded)
        {
            return View(new ImportPage(form.Json, result.Errors));
        }
        var call = result.Call!;
        var outcome = await editor.CreateAsync(call, User.ToAuthor(), "call.import", $"导入定义文件：{call.Title}", cancellationToken);
        if (!outcome.Succeeded)
        {
            return View(new ImportPage(form.Json, [new DefinitionError("$.title", DomainMessages.Describe(outcome.Error!, l))]));
        }
        TempData["Notice"] = l["已导入为草稿通知"].Value;
        return LocalRedirect(CallUrl(call.Id));
    }
}
