using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Forms;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GrantPortal.IntegrationTests.Staff;

/// <summary>
/// The one way staff change a call, on real PostgreSQL: revisions guard concurrent edits, every saved change has an audit
/// entry with before and after, refused and empty edits leave nothing behind, new and removed nodes and form versions
/// reach the database.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CallEditorTests(PortalFactory factory)
{
    private static readonly CallEditAuthor Alice = new(null, "alice@xinjiang.example.com");
    private static readonly CallEditAuthor Bob = new(null, "bob@xinjiang.example.com");

    private sealed record Scope(AsyncServiceScope Services, CallEditor Editor, PortalDbContext Db, Guid TenantId) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Services.DisposeAsync();
    }

    private async Task<Scope> ScopeAsync(string tenant = "xinjiang")
    {
        var scope = factory.Services.CreateAsyncScope();
        var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync(tenant))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
        return new Scope(scope, scope.ServiceProvider.GetRequiredService<CallEditor>(), scope.ServiceProvider.GetRequiredService<PortalDbContext>(), association.Id);
    }

    private static FormSchema Form(params string[] keys) => new()
    {
        Title = "申报书",
        Sections = [new FormSection { Key = "basic", Title = "基本信息", Fields = keys.Select(k => new FormField { Key = k, Label = k }).ToList() }],
    };

    /// <summary>A new draft: one category of two tiers (2 × 10万 + 3 × 7万 within 41万).</summary>
    private async Task<Guid> CreateDraftAsync(bool publish = false)
    {
        await using var scope = await ScopeAsync();
        var call = new GrantCall(scope.TenantId, 2031, "编辑测试 " + Guid.NewGuid().ToString("N")[..8], DateTimeOffset.UtcNow);
        var root = call.AddCategory(null, "T", "重点学术交流活动");
        root.SetFunding(410000m, Quota.Exact(5), null, false);
        call.AddCategory(root, "T-1", "一级").SetFunding(null, Quota.Exact(2), AmountRule.Fixed(100000m), false);
        call.AddCategory(root, "T-2", "二级").SetFunding(null, Quota.Exact(3), AmountRule.Fixed(70000m), false);
        root.AddFormVersion(Form("projectName"), DateTimeOffset.UtcNow);
        if (publish)
        {
            call.Publish(DateTimeOffset.UtcNow);
        }
        var outcome = await scope.Editor.CreateAsync(call, Alice, "call.create", "新建通知");
        Assert.Equal(CallEditStatus.Saved, outcome.Status);
        return call.Id;
    }

    private async Task<(int Revision, int Entries)> StateAsync(Guid callId)
    {
        await using var scope = await ScopeAsync();
        var revision = await scope.Db.Calls.Where(c => c.Id == callId).Select(c => c.Revision).SingleAsync();
        return (revision, await scope.Db.CallAuditEntries.CountAsync(e => e.CallId == callId));
    }

    private static Func<GrantCall, string> SetQuota(string code, int count) => call =>
    {
        var node = call.AllCategories.Single(c => c.Code == code);
        node.SetFunding(node.BudgetCap, Quota.Exact(count), node.OwnAmountRule, node.ChildrenCombinable);
        return $"类别 {code}：项目数量 {count}";
    };

    [Fact]
    public async Task Create_IsRevisionOne_WithAnEntryHoldingTheWholeDefinition()
    {
        var callId = await CreateDraftAsync();
        await using var scope = await ScopeAsync();

        var entry = Assert.Single(await scope.Editor.HistoryAsync(callId));

        Assert.Equal(1, entry.Revision);
        Assert.Equal("call.create", entry.Action);
        Assert.Equal(Alice.Name, entry.UserName);
        var change = Assert.Single(entry.Changes);
        Assert.Equal("$", change.Path);
        Assert.Null(change.Before);
        Assert.Contains("重点学术交流活动", change.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_SavesTheNextRevision_AndAnEntryWithBeforeAndAfter()
    {
        var callId = await CreateDraftAsync();
        await using (var scope = await ScopeAsync())
        {
            var outcome = await scope.Editor.EditAsync(callId, 1, Bob, "category.funding", SetQuota("T-2", 2));
            Assert.Equal(CallEditStatus.Saved, outcome.Status);
        }

        await using var check = await ScopeAsync();
        var entry = (await check.Editor.HistoryAsync(callId))[0];
        Assert.Equal((2, "category.funding", "bob@xinjiang.example.com", "类别 T-2：项目数量 2"), (entry.Revision, entry.Action, entry.UserName, entry.Summary));
        Assert.Equal(new CallChange("$.categories[T].children[T-2].quota.exact", "3", "2"), Assert.Single(entry.Changes));
        Assert.Equal(2, await check.Db.Categories.Where(c => c.CallId == callId && c.Code == "T-2").Select(c => c.QuotaMax).SingleAsync());
    }

    [Fact]
    public async Task Edit_FromAStaleRevision_IsAConflictShowingTheMissedChange_AndOverwritesNothing()
    {
        var callId = await CreateDraftAsync();
        await using (var alice = await ScopeAsync())
        {
            Assert.Equal(CallEditStatus.Saved, (await alice.Editor.EditAsync(callId, 1, Alice, "category.funding", SetQuota("T-2", 2))).Status);
        }

        await using var bob = await ScopeAsync();
        var outcome = await bob.Editor.EditAsync(callId, 1, Bob, "category.funding", SetQuota("T-2", 1));

        Assert.Equal(CallEditStatus.Conflict, outcome.Status);
        var missed = Assert.Single(outcome.Missed);
        Assert.Equal((2, Alice.Name), (missed.Revision, missed.UserName));
        Assert.Equal("2", Assert.Single(missed.Changes).After);
        Assert.Equal((2, 2), await StateAsync(callId));
        await using var check = await ScopeAsync();
        Assert.Equal(2, await check.Db.Categories.Where(c => c.CallId == callId && c.Code == "T-2").Select(c => c.QuotaMax).SingleAsync());
    }

    [Fact]
    public async Task Edit_WhenAnotherSaveLandsBetweenLoadAndSave_TheDatabaseRefusesTheSecond()
    {
        var callId = await CreateDraftAsync();
        await using var bob = await ScopeAsync();

        // Bob's edit has loaded revision 1; while his change is being applied, Alice saves hers from revision 1 too.
        var outcome = await bob.Editor.EditAsync(callId, 1, Bob, "category.funding", call =>
        {
            var alice = ScopeAsync().GetAwaiter().GetResult();
            try
            {
                var saved = alice.Editor.EditAsync(callId, 1, Alice, "call.notice", c => { c.DescribeNotice(null, null, null, "Alice 的正文"); return "通知正文"; })
                    .GetAwaiter().GetResult();
                Assert.Equal(CallEditStatus.Saved, saved.Status);
            }
            finally
            {
                alice.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            return SetQuota("T-2", 1)(call);
        });

        Assert.Equal(CallEditStatus.Conflict, outcome.Status);
        Assert.Equal("通知正文", Assert.Single(outcome.Missed).Summary);
        Assert.Equal((2, 2), await StateAsync(callId));
        await using var check = await ScopeAsync();
        Assert.Equal(3, await check.Db.Categories.Where(c => c.CallId == callId && c.Code == "T-2").Select(c => c.QuotaMax).SingleAsync());
        Assert.Equal("Alice 的正文", await check.Db.Calls.Where(c => c.Id == callId).Select(c => c.NoticeText).SingleAsync());
    }

    [Fact]
    public async Task Edit_BreakingACap_IsRefusedNamingNodeAndNumbers_AndSavesNothing()
    {
        var callId = await CreateDraftAsync();
        await using var scope = await ScopeAsync();

        var outcome = await scope.Editor.EditAsync(callId, 1, Bob, "category.funding", SetQuota("T-2", 4));

        Assert.Equal(CallEditStatus.Refused, outcome.Status);
        Assert.Equal("call.invalid", outcome.Error!.Code);
        Assert.Contains("类别 T", outcome.Error.Message, StringComparison.Ordinal);
        Assert.Contains("48万元", outcome.Error.Message, StringComparison.Ordinal);
        Assert.Contains("41万元", outcome.Error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), await StateAsync(callId));
    }

    [Fact]
    public async Task Edit_ThatChangesNothing_UsesNoRevisionAndWritesNoEntry()
    {
        var callId = await CreateDraftAsync();
        await using var scope = await ScopeAsync();

        var outcome = await scope.Editor.EditAsync(callId, 1, Bob, "category.funding", SetQuota("T-2", 3));

        Assert.Equal(CallEditStatus.Unchanged, outcome.Status);
        Assert.Equal((1, 1), await StateAsync(callId));
    }

    [Fact]
    public async Task Edit_AddMoveAndRemoveNodes_ReachTheDatabase()
    {
        var callId = await CreateDraftAsync();
        await using (var scope = await ScopeAsync())
        {
            var outcome = await scope.Editor.EditAsync(callId, 1, Bob, "category.add", call =>
            {
                var root = call.AllCategories.Single(c => c.Code == "T");
                call.AddCategory(root, "T-3", "三级");
                call.AddCategory(null, "U", "新的一类");
                return "添加类别";
            });
            Assert.Equal(CallEditStatus.Saved, outcome.Status);
        }
        await using (var scope = await ScopeAsync())
        {
            var outcome = await scope.Editor.EditAsync(callId, 2, Bob, "category.move", call =>
            {
                call.MoveCategory(call.AllCategories.Single(c => c.Code == "T-3"), call.AllCategories.Single(c => c.Code == "U"), 0);
                call.RemoveCategory(call.AllCategories.Single(c => c.Code == "T-1"));
                return "移动与删除";
            });
            Assert.Equal(CallEditStatus.Saved, outcome.Status);
        }

        await using var check = await ScopeAsync();
        var rows = await check.Db.Categories.AsNoTracking().Where(c => c.CallId == callId).ToListAsync();
        Assert.Equal(["T", "T-2", "T-3", "U"], rows.Select(r => r.Code).Order(StringComparer.Ordinal));
        var u = rows.Single(r => r.Code == "U");
        Assert.Equal(u.Id, rows.Single(r => r.Code == "T-3").ParentId);
        Assert.Equal((0, 1), (rows.Single(r => r.Code == "T").SortOrder, u.SortOrder));
        Assert.Equal(0, rows.Single(r => r.Code == "T-2").SortOrder);
    }

    [Fact]
    public async Task Edit_RemovingTheNodeWithTheForm_DeletesTheForm()
    {
        var callId = await CreateDraftAsync();
        await using (var scope = await ScopeAsync())
        {
            var outcome = await scope.Editor.EditAsync(callId, 1, Bob, "category.remove", call =>
            {
                call.RemoveCategory(call.AllCategories.Single(c => c.Code == "T"));
                return "删除类别 T";
            });
            Assert.Equal(CallEditStatus.Saved, outcome.Status);
        }

        await using var check = await ScopeAsync();
        Assert.False(await check.Db.Categories.AnyAsync(c => c.CallId == callId));
        Assert.False(await check.Db.Forms.AnyAsync(f => check.Db.Categories.Any(c => c.Id == f.CategoryId && c.CallId == callId)));
    }

    [Fact]
    public async Task Edit_PublishedForm_AddsVersionTwo_AndVersionOneStaysAsItWas()
    {
        var callId = await CreateDraftAsync(publish: true);
        await using (var scope = await ScopeAsync())
        {
            var outcome = await scope.Editor.EditAsync(callId, 1, Bob, "form.revise", call =>
            {
                call.AllCategories.Single(c => c.Code == "T").ReviseForm(Form("projectName", "budget"), DateTimeOffset.UtcNow);
                return "申报表：增加字段";
            });
            Assert.Equal(CallEditStatus.Saved, outcome.Status);
            Assert.Contains(outcome.Entry!.Changes, c => c.Path == "$.formVersions.T" && c.Before == "1" && c.After == "2");
        }

        await using var check = await ScopeAsync();
        var forms = await check.Db.Forms.AsNoTracking().Where(f => check.Db.Categories.Any(c => c.Id == f.CategoryId && c.CallId == callId)).OrderBy(f => f.Version).ToListAsync();
        Assert.Equal([1, 2], forms.Select(f => f.Version));
        Assert.Equal(["projectName"], forms[0].Schema.AllFields().Select(f => f.Key));
        Assert.Equal(["projectName", "budget"], forms[1].Schema.AllFields().Select(f => f.Key));
    }

    [Fact]
    public async Task Edit_PublishedCallsTree_IsRefused()
    {
        var callId = await CreateDraftAsync(publish: true);
        await using var scope = await ScopeAsync();

        var outcome = await scope.Editor.EditAsync(callId, 1, Bob, "category.add", call => { call.AddCategory(null, "V", "新类别"); return "添加"; });

        Assert.Equal(CallEditStatus.Refused, outcome.Status);
        Assert.Equal("call.published_readonly", outcome.Error!.Code);
        Assert.Equal((1, 1), await StateAsync(callId));
    }

    [Fact]
    public async Task Edit_AnotherAssociationsCall_IsNotFound()
    {
        var callId = await CreateDraftAsync();
        await using var guangxi = await ScopeAsync("guangxi");

        var outcome = await guangxi.Editor.EditAsync(callId, 1, Bob, "call.notice", c => { c.DescribeNotice(null, null, null, "越权"); return "越权"; });

        Assert.Equal(CallEditStatus.NotFound, outcome.Status);
        Assert.Empty(await guangxi.Editor.HistoryAsync(callId));
        Assert.Equal((1, 1), await StateAsync(callId));
    }

    [Fact]
    public async Task Create_DuplicateYearAndTitle_IsRefused()
    {
        var callId = await CreateDraftAsync();
        await using var scope = await ScopeAsync();
        var existing = await scope.Db.Calls.AsNoTracking().SingleAsync(c => c.Id == callId);

        var outcome = await scope.Editor.CreateAsync(new GrantCall(scope.TenantId, existing.Year, existing.Title, DateTimeOffset.UtcNow), Alice, "call.create", "新建");

        Assert.Equal(CallEditStatus.Refused, outcome.Status);
        Assert.Equal("call.duplicate_title", outcome.Error!.Code);
    }

    [Fact]
    public async Task AuditEntries_TheAppRoleMayAddButNeverRewriteOrDelete()
    {
        var callId = await CreateDraftAsync();
        Guid tenantId;
        await using (var scope = await ScopeAsync())
        {
            tenantId = scope.TenantId;
        }
        await using var connection = new NpgsqlConnection(factory.Database.AppConnectionString);
        await connection.OpenAsync();
        await using (var set = new NpgsqlCommand($"SELECT set_config('app.tenant_id', '{tenantId}', false)", connection))
        {
            await set.ExecuteNonQueryAsync();
        }
        await using (var visible = new NpgsqlCommand($"SELECT count(*) FROM call_audit_entries WHERE call_id = '{callId}'", connection))
        {
            Assert.Equal(1L, await visible.ExecuteScalarAsync());
        }
        foreach (var sql in new[] { $"UPDATE call_audit_entries SET user_name = 'x' WHERE call_id = '{callId}'", $"DELETE FROM call_audit_entries WHERE call_id = '{callId}'", "DELETE FROM calendar_changes" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        }
    }
}
