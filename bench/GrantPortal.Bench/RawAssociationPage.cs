using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GrantPortal.Bench;

/// <summary>
/// The baseline: the rows of an association's home (published calls and their category tables) read with raw Npgsql
/// as the app role, with app.tenant_id set per connection exactly as TenantSessionInterceptor does, and written as
/// an HTML table with similar markup (no EF, no MVC, no Razor, no app middleware).
/// </summary>
public sealed class RawAssociationPage(NpgsqlDataSource appDataSource, Guid tenantId, string identifier, string name, string nameEn)
{
    private const string SessionSql = "SELECT set_config('app.tenant_id', $1, false), set_config('app.user_id', $2, false)";

    private const string CallsSql = """
        SELECT id, year, title, document_number, issued_on, status, opens_at, submission_deadline, submission_deadline_is_end_of_day,
               closed_at, application_limit_per_organization, disbursement, contacts, eligibility
        FROM grant_calls
        WHERE tenant_id = $1 AND status = 'Published'
        ORDER BY year DESC, title
        """;

    private const string CategoriesSql = """
        SELECT c.id, c.call_id, c.parent_id, c.sort_order, c.code, c.name, c.budget_cap, c.quota_min, c.quota_max,
               c.amount_kind, c.amount_min, c.amount_max, c.amount_note, c.eligibility, c.contact,
               EXISTS (SELECT 1 FROM form_definitions f WHERE f.category_id = c.id)
        FROM grant_categories c
        WHERE c.tenant_id = $1 AND c.call_id = ANY($2)
        """;


    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        await using var connection = await appDataSource.OpenConnectionAsync(cancellationToken);
        await using (var session = new NpgsqlCommand(SessionSql, connection))
        {
            session.Parameters.Add(new NpgsqlParameter { Value = tenantId.ToString() });
            session.Parameters.Add(new NpgsqlParameter { Value = "" });
            await session.ExecuteNonQueryAsync(cancellationToken);
        }

        var calls = new List<Call>();
        await using (var command = new NpgsqlCommand(CallsSql, connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = tenantId });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                calls.Add(new Call(
                    reader.GetGuid(0), reader.GetInt32(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4),
                    reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7), reader.IsDBNull(10) ? null : reader.GetInt32(10),
                    reader.GetString(12), reader.GetString(13)));
            }
        }

        var nodes = new List<Node>();
        await using (var command = new NpgsqlCommand(CategoriesSql, connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = tenantId });
            command.Parameters.Add(new NpgsqlParameter { Value = calls.Select(c => c.Id).ToArray() });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                nodes.Add(new Node(
                    reader.GetGuid(0), reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetGuid(2), reader.GetInt32(3), reader.GetString(4), reader.GetString(5),
                    reader.IsDBNull(6) ? null : reader.GetDecimal(6), reader.IsDBNull(7) ? null : reader.GetInt32(7), reader.IsDBNull(8) ? null : reader.GetInt32(8),
                    reader.IsDBNull(9) ? null : reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetDecimal(10), reader.IsDBNull(11) ? null : reader.GetDecimal(11),
                    reader.IsDBNull(12) ? null : reader.GetString(12), reader.IsDBNull(13) ? null : reader.GetString(13), reader.IsDBNull(14) ? null : reader.GetString(14),
                    reader.GetBoolean(15)));
            }
        }

        // The encoder the app's Razor views use (from DI), so both pages encode text the same way.
        var html = Render(calls, nodes, context.RequestServices.GetRequiredService<HtmlEncoder>());
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html, cancellationToken);
    }

    private string Render(List<Call> calls, List<Node> nodes, HtmlEncoder Html)
    {
        var byCall = nodes.ToLookup(n => n.CallId);
        var s = new StringBuilder(64 * 1024);
        s.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(Html.Encode(name))
            .Append("</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main class=\"content\"><h1>").Append(Html.Encode(name))
            .Append("</h1><p class=\"muted\">").Append(Html.Encode(nameEn)).Append("</p>");
        foreach (var year in calls.GroupBy(c => c.Year))
        {
            s.Append("<h2 id=\"year-").Append(year.Key).Append("\">").Append(year.Key).Append("年度</h2>");
            foreach (var call in year)
            {
                var callContacts = JsonDocument.Parse(call.ContactsJson);
                var callEligibility = JsonDocument.Parse(call.EligibilityJson);
                s.Append("<section class=\"card call\" data-call=\"").Append(call.Id).Append("\"><h3><a href=\"/").Append(identifier).Append("/calls/").Append(call.Id).Append("\">")
                    .Append(Html.Encode(call.Title)).Append("</a></h3>");
                if (call.DocumentNumber is { } number)
                {
                    s.Append("<p class=\"muted small\">").Append(Html.Encode(number)).Append(call.IssuedOn is { } d ? "　" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "").Append("</p>");
                }
                s.Append("<dl class=\"facts\"><dt>申报截止时间</dt><dd>")
                    .Append(call.Deadline is { } deadline ? deadline.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "通知未载明")
                    .Append("</dd><dt>每单位限报</dt><dd>").Append(call.Limit is { } limit ? limit + "项" : "通知未限定").Append("</dd></dl>");
                s.Append("<div class=\"table-wrap\"><table class=\"categories\"><caption class=\"muted small\">可申报项目</caption><thead><tr><th scope=\"col\">编号</th><th scope=\"col\">项目类别</th><th scope=\"col\">经费额度</th><th scope=\"col\" class=\"num\">项目数量</th><th scope=\"col\" class=\"num\">总额</th><th scope=\"col\">申报单位</th><th scope=\"col\">联系人</th></tr></thead><tbody>");
                var tree = byCall[call.Id].ToList();
                var byId = tree.ToDictionary(n => n.Id);
                decimal total = 0;
                var allCapped = true;
                void Walk(Guid? parent, int depth)
                {
                    foreach (var node in tree.Where(n => n.ParentId == parent).OrderBy(n => n.SortOrder))
                    {
                        if (depth == 0)
                        {
                            allCapped &= node.BudgetCap is not null;
                            total += node.BudgetCap ?? 0;
                        }
                        s.Append("<tr class=\"depth-").Append(Math.Min(depth, 3)).Append(depth == 0 && !node.HasForm ? " group" : "").Append("\" data-code=\"").Append(Html.Encode(node.Code))
                            .Append("\"><td class=\"code\">").Append(Html.Encode(node.Code)).Append("</td><td class=\"name\"><a href=\"/").Append(identifier).Append("/categories/").Append(node.Id).Append("\">")
                            .Append(Html.Encode(node.Name)).Append("</a>").Append(node.HasForm ? " <span class=\"tag\">可申报</span>" : "").Append("</td><td>");
                        var amount = Inherited(node, byId, n => n.AmountKind is null ? null : n);
                        s.Append(amount is null ? "见下级类别" : Html.Encode(AmountText(amount)));
                        s.Append("</td><td class=\"num\">").Append(node.QuotaMin is null && node.QuotaMax is null ? "不限" : node.QuotaMin == node.QuotaMax ? $"{node.QuotaMin}个" : $"{node.QuotaMin}-{node.QuotaMax}个")
                            .Append("</td><td class=\"num\">").Append(node.BudgetCap is { } cap ? (cap / 10000m).ToString("0.##", CultureInfo.InvariantCulture) + "万元" : "—").Append("</td>");
                        if (node.ParentId is not null && node.EligibilityJson is null && node.ContactJson is null)
                        {
                            s.Append("<td class=\"muted small\">同上级</td><td class=\"muted small\">同上级</td>");
                        }
                        else
                        {
                            var eligibilityJson = Inherited(node, byId, n => n.EligibilityJson);
                            using var eligibility = eligibilityJson is null ? null : JsonDocument.Parse(eligibilityJson);
                            var types = (eligibility ?? callEligibility).RootElement.TryGetProperty("applicantTypes", out var t) ? t : default;
                            s.Append("<td>");
                            if (types.ValueKind != JsonValueKind.Array || types.GetArrayLength() == 0)
                            {
                                s.Append("不限");
                            }
                            else
                            {
                                foreach (var type in types.EnumerateArray())
                                {
                                    s.Append("<span class=\"tag\">").Append(Html.Encode(type.GetString() ?? "")).Append("</span>");
                                }
                            }
                            s.Append("</td><td class=\"small\">");
                            var contactJson = Inherited(node, byId, n => n.ContactJson);
                            using var contactDocument = contactJson is null ? null : JsonDocument.Parse(contactJson);
                            var contact = contactDocument?.RootElement
                                ?? (callContacts.RootElement.ValueKind == JsonValueKind.Array && callContacts.RootElement.GetArrayLength() > 0 ? callContacts.RootElement[0] : (JsonElement?)null);
                            if (contact is { } c)
                            {
                                s.Append("<span>").Append(Html.Encode(c.TryGetProperty("name", out var cn) ? cn.GetString() ?? "" : "")).Append("</span>");
                                if (c.TryGetProperty("phones", out var phones) && phones.ValueKind == JsonValueKind.Array)
                                {
                                    foreach (var phone in phones.EnumerateArray())
                                    {
                                        s.Append("<br><span>").Append(Html.Encode(phone.GetString() ?? "")).Append("</span>");
                                    }
                                }
                            }
                            else
                            {
                                s.Append("<span class=\"muted\">通知未载明</span>");
                            }
                            s.Append("</td>");
                        }
                        s.Append("</tr>");
                        Walk(node.Id, depth + 1);
                    }
                }
                Walk(null, 0);
                s.Append("</tbody>");
                if (allCapped && tree.Count > 0)
                {
                    s.Append("<tfoot><tr><td colspan=\"4\">合计</td><td class=\"num\">").Append((total / 10000m).ToString("0.##", CultureInfo.InvariantCulture)).Append("万元</td><td colspan=\"2\"></td></tr></tfoot>");
                }
                s.Append("</table></div><p><a href=\"/").Append(identifier).Append("/calls/").Append(call.Id).Append("\">查看通知全文与申报要求</a></p></section>");
                callContacts.Dispose();
                callEligibility.Dispose();
            }
        }
        s.Append("</main></body></html>");
        return s.ToString();
    }

    private static string AmountText(Node n) => n.AmountKind switch
    {
        _ when n.AmountNote is { Length: > 0 } note => note,
        _ when n.AmountMin is { } min && n.AmountMax is { } max && min != max =>
            $"{(min / 10000m).ToString("0.##", CultureInfo.InvariantCulture)}万元至{(max / 10000m).ToString("0.##", CultureInfo.InvariantCulture)}万元/项",
        _ when (n.AmountMax ?? n.AmountMin) is { } amount => $"{(amount / 10000m).ToString("0.##", CultureInfo.InvariantCulture)}万元/项",
        _ => "见通知",
    };

    private static T? Inherited<T>(Node node, Dictionary<Guid, Node> byId, Func<Node, T?> value)
        where T : class
    {
        for (Node? current = node; current is not null; current = current.ParentId is { } p ? byId[p] : null)
        {
            if (value(current) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    private sealed record Call(Guid Id, int Year, string Title, string? DocumentNumber, DateOnly? IssuedOn, DateTimeOffset? Deadline, int? Limit, string ContactsJson, string EligibilityJson);

    private sealed record Node(
        Guid Id, Guid CallId, Guid? ParentId, int SortOrder, string Code, string Name, decimal? BudgetCap, int? QuotaMin, int? QuotaMax,
        string? AmountKind, decimal? AmountMin, decimal? AmountMax, string? AmountNote, string? EligibilityJson, string? ContactJson, bool HasForm);
}
