using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GrantPortal.Infrastructure.Reviews.Scoring;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Reviews.Scoring;

/// <summary>Staff see the scores by reviewer and export them; reminders go out once before the due date and once when overdue.</summary>
[Collection(PortalCollection.Name)]
public sealed class ReviewScoresTests(PortalFactory factory)
{
    private const string Tenant = "xinjiang";

    private async Task<HttpClient> SignedInAsync(string role)
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Email(Tenant, role));
        return client;
    }

    private async Task SubmitAsReviewerAsync(Guid assignmentId, string comment)
    {
        var reviewer = await SignedInAsync("reviewer");
        var url = $"/{Tenant}/review/assignments/{assignmentId}/score";
        using var response = await reviewer.PostFormAsync(url, url, ScoringSetup.ValidSheet(comment));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<string> ExpertNameAsync(Guid expertId) => (string)(await factory.ScalarAsync("SELECT name FROM experts WHERE id = $1", expertId))!;

    [Fact]
    public async Task ScoresPage_ShowsProgress_AndEachScoreByReviewer()
    {
        var setup = await ScoringSetup.CreateAsync(factory, Tenant, count: 2);
        var comment = ScoringSetup.Comment("员工可见" + setup.Calls.Code);
        await SubmitAsReviewerAsync(setup.Assignments[0], comment);

        var page = await (await SignedInAsync("staff")).GetPageAsync($"/{Tenant}/staff/calls/{setup.Calls.CallId}/review-scores");

        var progress = page.QuerySelector("table.scores-progress tbody tr")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["4", "1", "0"], progress.Skip(2).Take(3));
        var text = page.Text();
        Assert.Contains(comment, text, StringComparison.Ordinal);
        Assert.Contains(await ExpertNameAsync(setup.ReviewerExpertId), text, StringComparison.Ordinal);
        Assert.Contains("83.50", text, StringComparison.Ordinal);
        Assert.Contains(setup.Calls.Applications[1].Number, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spreadsheet_Opens_WithOneRowPerScore_AndAMeanPerApplication()
    {
        var setup = await ScoringSetup.CreateAsync(factory, Tenant, count: 2);
        await SubmitAsReviewerAsync(setup.Assignments[0], ScoringSetup.Comment("导出" + setup.Calls.Code));
        await ScoringSetup.SubmitDirectlyAsync(factory, Tenant, setup.OtherAssignments[0], ScoringSetup.Comment("另一位"), 5m);

        using var response = await (await SignedInAsync("staff")).GetAsync($"/{Tenant}/staff/calls/{setup.Calls.CallId}/review-scores.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReviewScoresWorkbook.ContentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("评分汇总.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["评分明细", "项目汇总"], sheets.Select(s => s.Name!.Value));
        var detail = Rows(workbook, sheets[0]);
        Assert.Equal(3, detail.Count); // header + two scores
        Assert.Equal("申报编号", detail[0][0]);
        Assert.Contains(detail[0], h => h.StartsWith("项目意义与创新性", StringComparison.Ordinal));
        var name = await ExpertNameAsync(setup.ReviewerExpertId);
        var mine = detail.Single(r => r.Contains(name));
        Assert.Equal(setup.Calls.Applications[0].Number, mine[0]);
        Assert.Equal(setup.Calls.Applications[0].Title, mine[1]);
        Assert.Equal(setup.Calls.Applications[0].OrganizationName, mine[2]);
        Assert.Contains("技术专家", mine);
        Assert.Contains("83.50", mine);
        Assert.Contains("25000.50", mine);
        Assert.Contains("建议资助", mine);
        var summary = Rows(workbook, sheets[1]);
        Assert.Equal(3, summary.Count); // header + two applications
        // (83.50 + 25.00) / 2: the other reviewer gave 5 on each criterion.
        Assert.Contains("54.25", summary.Single(r => r[0] == setup.Calls.Applications[0].Number));
    }

    [Fact]
    public async Task Reminders_GoOutOnce48HoursBefore_AndOnceWhenOverdue()
    {
        var now = factory.Clock.GetUtcNow();
        var due = now.AddDays(30);
        var setup = await ScoringSetup.CreateAsync(factory, Tenant, dueAt: due);
        var assignment = setup.Assignments[0];
        var sender = factory.Services.GetRequiredService<ReviewReminderSender>();
        Task<long> RemindersAsync(string kind) => factory.CountAsync("SELECT count(*) FROM score_sheet_reminders WHERE assignment_id = $1 AND kind = $2", assignment, kind);
        Task<long> NotificationsAsync() => factory.CountAsync("SELECT count(*) FROM notifications WHERE link LIKE '%' || $1 || '%'", assignment.ToString());
        try
        {
            factory.Clock.Set(due.AddHours(-49));
            await sender.RunOnceAsync(CancellationToken.None);
            Assert.Equal(0, await RemindersAsync("DueSoon"));

            factory.Clock.Set(due.AddHours(-47));
            await sender.RunOnceAsync(CancellationToken.None);
            await sender.RunOnceAsync(CancellationToken.None);
            Assert.Equal(1, await RemindersAsync("DueSoon"));
            Assert.Equal(1, await NotificationsAsync());
            Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM outbox_emails WHERE body LIKE '%' || $1 || '%'", assignment.ToString()));

            factory.Clock.Set(due.AddMinutes(1));
            await sender.RunOnceAsync(CancellationToken.None);
            await sender.RunOnceAsync(CancellationToken.None);
            Assert.Equal(1, await RemindersAsync("Overdue"));
            Assert.Equal(2, await NotificationsAsync());

            // Overdue: the sheet says so and still takes the score, marked late.
            var reviewer = await SignedInAsync("reviewer");
            var url = $"/{Tenant}/review/assignments/{assignment}/score";
            Assert.Contains("已逾期", (await reviewer.GetPageAsync(url)).Text(), StringComparison.Ordinal);
            using (var response = await reviewer.PostFormAsync(url, url, ScoringSetup.ValidSheet(ScoringSetup.Comment("逾期"))))
            {
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            }
            Assert.Equal(true, await factory.ScalarAsync("SELECT late FROM review_scores WHERE assignment_id = $1", assignment));

            // Staff remind the late ones now: the other expert (unlinked to an account) gets nothing, the submitted one nothing.
            var staff = await SignedInAsync("staff");
            var scores = $"/{Tenant}/staff/calls/{setup.Calls.CallId}/review-scores";
            Assert.Contains("1", (await staff.GetPageAsync(scores)).QuerySelector("table.scores-progress tbody tr td:nth-child(5)")!.TextContent, StringComparison.Ordinal);
            using var remind = await staff.PostFormAsync(scores, scores + "/remind", new Dictionary<string, string>());
            Assert.Equal(HttpStatusCode.Redirect, remind.StatusCode);
            Assert.Equal(2, await NotificationsAsync());
        }
        finally
        {
            factory.Clock.Set(now);
        }
    }

    private static List<List<string>> Rows(WorkbookPart workbook, Sheet sheet)
    {
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        return part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList())
            .ToList();
    }
}
