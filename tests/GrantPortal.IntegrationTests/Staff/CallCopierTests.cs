using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Calls;
using GrantPortal.Infrastructure.Seeding;

namespace GrantPortal.IntegrationTests.Staff;

/// <summary>复制上年度通知: structure, rules and current forms copied into a draft for the next year, every date a year on.</summary>
public sealed class CallCopierTests
{
    private static readonly Association Guangxi = new(Guid.NewGuid(), "guangxi", "广西壮族自治区科学技术协会", "广西科协", "Guangxi Association for Science and Technology", "GX");
    private static readonly DateTimeOffset Now = new(2024, 1, 10, 0, 0, 0, TimeSpan.Zero);

    private static GrantCall Source()
    {
        var json = SeedData.Calls().Single(c => c.Name == "guangxi-2023.json").Json;
        var call = CallDefinitionImporter.Import(json, Guangxi, Now, publish: true).Call!;
        call.Categories[0].ReviseForm(call.Categories[0].CurrentForm!.Schema with { Title = "第二版" }, Now);
        return call;
    }

    [Fact]
    public void ForNextYear_Guangxi2023_IsA2024DraftWithEverythingMovedOn()
    {
        var source = Source();

        var result = CallCopier.ForNextYear(source, Guangxi, Now);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var copy = result.Call!;
        Assert.Equal(CallStatus.Draft, copy.Status);
        Assert.Equal(2024, copy.Year);
        Assert.Equal("自治区科协关于申报2024年度“提质增效”项目的通知", copy.Title);
        Assert.Null(copy.DocumentNumber);
        Assert.Equal(BeijingTime.StartOf(new DateOnly(2024, 4, 29)), copy.SubmissionDeadline);
        Assert.True(copy.SubmissionDeadlineIsEndOfDay);
        Assert.Equal(new DateOnly(2024, 12, 31), copy.CompletionDeadline!.Date);
        Assert.Equal(source.AllCategories.Select(c => CallCopier.ShiftYear(c.Code, 2023, 2024)), copy.AllCategories.Select(c => c.Code));
        Assert.Contains(copy.AllCategories, c => c.Code == "2024-1");
        Assert.Equal(source.AllCategories.Sum(c => c.BudgetCap ?? 0), copy.AllCategories.Sum(c => c.BudgetCap ?? 0));
        Assert.NotEqual(source.Id, copy.Id);
        Assert.All(copy.AllCategories, c => Assert.True(c.Forms.Count <= 1));
        Assert.Equal("第二版", copy.AllCategories.First(c => c.IsApplicable).CurrentForm!.Schema.Title);
        Assert.Empty(CallInvariants.Check(copy));
    }

    [Fact]
    public void ForNextYear_CategoryPickers_FollowTheChildCodes()
    {
        var copy = CallCopier.ForNextYear(Source(), Guangxi, Now).Call!;

        foreach (var node in copy.AllCategories.Where(c => c.IsApplicable))
        {
            var childCodes = node.Children.Select(c => c.Code).ToHashSet();
            foreach (var field in node.CurrentForm!.Schema.AllFields().Where(f => f.SelectsCategory))
            {
                Assert.All(field.Options, o => Assert.Contains(o.Value, childCodes));
            }
        }
    }

    [Theory]
    [InlineData("2025年度学会重点资助项目", "2026年度学会重点资助项目")]
    [InlineData("XXJL-2025-1", "XXJL-2026-1")]
    [InlineData("20251", "20251")]
    [InlineData("12025", "12025")]
    [InlineData("无年份", "无年份")]
    public void ShiftYear_ReplacesTheYearAsAWholeNumberOnly(string text, string expected)
    {
        Assert.Equal(expected, CallCopier.ShiftYear(text, 2025, 2026));
    }

    [Fact]
    public void ForNextYear_LeapDay_BecomesThe28th()
    {
        var call = new GrantCall(Guangxi.Id, 2024, "2024年度通知", Now);
        call.Schedule(null, BeijingTime.At(new DateOnly(2024, 2, 29), new TimeOnly(18, 0)), false, null, null, null);
        var node = call.AddCategory(null, "A", "类别");
        node.SetFunding(10000m, Quota.Exact(1), AmountRule.Fixed(10000m), false);

        var copy = CallCopier.ForNextYear(call, Guangxi, Now).Call!;

        Assert.Equal(BeijingTime.At(new DateOnly(2025, 2, 28), new TimeOnly(18, 0)), copy.SubmissionDeadline);
        Assert.Equal("2025年度通知", copy.Title);
    }
}
