using System.Net;
using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.Infrastructure.Tenancy;
using GrantPortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.IntegrationTests.Reviews.Experts;

/// <summary>Panels, the automatic and manual assignment, and what experts may open.</summary>
[Collection(PortalCollection.Name)]
public sealed class AssignmentTests(PortalFactory factory)
{
    private const string Reviewer = "reviewer@xinjiang.example.com";

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task Panel_AutomaticAssignment_FillsPlaces_NeverAConflict_ManualConflictRefused()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, "xinjiang", 6);
        await factory.InReviewAsync(setup.CallId);
        var conflicted = await factory.AddExpertAsync("xinjiang", "冲突专家" + setup.Code, setup.Applications[0].OrganizationName, ExpertType.Technical);
        var staff = await SignedInAsync(DemoAccounts.Email("xinjiang", "staff"));
        var panels = $"/xinjiang/staff/calls/{setup.CallId}/panels";

        using (var saved = await staff.PostFormAsync(panels, panels, new Dictionary<string, string>
        {
            ["CategoryId"] = setup.CategoryId.ToString(), ["Technical"] = "2", ["Financial"] = "1", ["Management"] = "1", ["DueAt"] = "2030-07-15T18:00",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var preview = await staff.GetPageAsync(panels + "/auto");
        Assert.Equal(6 * 4, preview.QuerySelectorAll("#planned tbody tr").Length);
        Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM review_assignments WHERE call_id = $1", setup.CallId));

        using (var run = await staff.PostFormAsync(panels + "/auto", panels + "/auto", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        }
        Assert.Equal(24, await factory.CountAsync("SELECT count(*) FROM review_assignments WHERE call_id = $1 AND status = 'Assigned' AND due_at = '2030-07-15 10:00:00+00'", setup.CallId));
        foreach (var application in setup.Applications)
        {
            Assert.Equal(2, await factory.CountAsync("SELECT count(*) FROM review_assignments WHERE application_id = $1 AND type = 'Technical'", application.ApplicationId));
        }
        Assert.Null(await factory.AssignmentAsync(setup.Applications[0].ApplicationId, conflicted));
        var overview = await staff.GetPageAsync(panels);
        Assert.Empty(overview.QuerySelectorAll("#applications .gap"));

        // By hand: the conflicted expert is refused with the reason; nothing is saved.
        var reviewers = $"/xinjiang/staff/applications/{setup.Applications[0].ApplicationId}/reviewers";
        using (var refused = await staff.PostFormAsync(reviewers, reviewers, new Dictionary<string, string> { ["ExpertId"] = conflicted.ToString() }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var text = Html.Parse(await refused.Content.ReadAsStringAsync()).Text();
            Assert.Contains("该专家与此申报书存在利益冲突，不能分配", text);
            Assert.Contains(setup.Applications[0].OrganizationName, text);
        }
        Assert.Null(await factory.AssignmentAsync(setup.Applications[0].ApplicationId, conflicted));

        // …while the same expert may review another application (withdrawn first if the automatic run put them there).
        var other = $"/xinjiang/staff/applications/{setup.Applications[1].ApplicationId}/reviewers";
        if (await factory.AssignmentAsync(setup.Applications[1].ApplicationId, conflicted) is { } automatic)
        {
            using var withdrawAutomatic = await staff.PostFormAsync(other, other + "/withdraw", new Dictionary<string, string> { ["AssignmentId"] = automatic.ToString() });
            Assert.Equal(HttpStatusCode.Redirect, withdrawAutomatic.StatusCode);
        }
        using (var assigned = await staff.PostFormAsync(other, other, new Dictionary<string, string> { ["ExpertId"] = conflicted.ToString() }))
        {
            Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        }
        var assignment = await factory.AssignmentAsync(setup.Applications[1].ApplicationId, conflicted);
        Assert.NotNull(assignment);
        using (var withdrawn = await staff.PostFormAsync(other, other + "/withdraw", new Dictionary<string, string> { ["AssignmentId"] = assignment.ToString()! }))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }
        Assert.Null(await factory.AssignmentAsync(setup.Applications[1].ApplicationId, conflicted));
    }

    [Fact]
    public async Task Expert_SeesOnlyOwnAssignments_OthersAndOtherTenants404_RecusalClosesIt()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, "xinjiang", 3);
        await factory.InReviewAsync(setup.CallId);
        var staff = await SignedInAsync(DemoAccounts.Email("xinjiang", "staff"));
        var mine = await factory.ExpertOfAsync("xinjiang", Reviewer);
        var shared = await factory.ExpertOfAsync("xinjiang", DemoAccounts.SharedExpertEmail);
        foreach (var (application, who) in new[] { (setup.Applications[0], mine), (setup.Applications[1], shared), (setup.Applications[2], mine) })
        {
            var url = $"/xinjiang/staff/applications/{application.ApplicationId}/reviewers";
            using var response = await staff.PostFormAsync(url, url, new Dictionary<string, string> { ["ExpertId"] = who.ToString() });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        var own = (await factory.AssignmentAsync(setup.Applications[0].ApplicationId, mine))!.Value;
        var others = (await factory.AssignmentAsync(setup.Applications[1].ApplicationId, shared))!.Value;

        var reviewer = await SignedInAsync(Reviewer);
        var list = await reviewer.GetPageAsync("/xinjiang/review");
        Assert.Contains(setup.Applications[0].Title, list.Text());
        Assert.DoesNotContain(setup.Applications[1].Title, list.Text());
        var page = await reviewer.GetPageAsync($"/xinjiang/review/assignments/{own}");
        Assert.Contains("第1个项目的内容", page.Text());
        Assert.NotNull(page.QuerySelector($"a[href='/xinjiang/review/assignments/{own}/score']"));
        await reviewer.GetPageAsync($"/xinjiang/review/assignments/{others}", HttpStatusCode.NotFound);

        // The shared expert reviews in every association, but a xinjiang assignment is not found under guangxi.
        var expert = await SignedInAsync(DemoAccounts.SharedExpertEmail);
        await expert.GetPageAsync($"/xinjiang/review/assignments/{others}");
        await expert.GetPageAsync($"/guangxi/review/assignments/{others}", HttpStatusCode.NotFound);
        await expert.GetPageAsync($"/xinjiang/review/assignments/{own}", HttpStatusCode.NotFound);

        // Recusal needs a reason, then closes the assignment and opens the place again.
        var third = (await factory.AssignmentAsync(setup.Applications[2].ApplicationId, mine))!.Value;
        var thirdUrl = $"/xinjiang/review/assignments/{third}";
        using (var noReason = await reviewer.PostFormAsync(thirdUrl, thirdUrl + "/recuse", new Dictionary<string, string> { ["Reason"] = " " }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        }
        using (var recused = await reviewer.PostFormAsync(thirdUrl, thirdUrl + "/recuse", new Dictionary<string, string> { ["Reason"] = "曾与申报单位合作" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, recused.StatusCode);
        }
        await reviewer.GetPageAsync(thirdUrl, HttpStatusCode.NotFound);
        var reviewers = $"/xinjiang/staff/applications/{setup.Applications[2].ApplicationId}/reviewers";
        using var again = await staff.PostFormAsync(reviewers, reviewers, new Dictionary<string, string> { ["ExpertId"] = mine.ToString() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
    }

    [Fact]
    public async Task ApplicantsAvoidanceRequest_MakesTheExpertConflicted()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, "xinjiang", 1);
        Guid applicationId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var association = (await scope.ServiceProvider.GetRequiredService<AssociationDirectory>().FindAsync("xinjiang"))!;
            scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(association);
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var normalized = DemoAccounts.Email("xinjiang", "applicant").ToUpperInvariant();
            var organizationId = (await (
                from m in db.Memberships
                join u in db.Users on m.UserId equals u.Id
                where u.NormalizedEmail == normalized && m.OrganizationId != null
                select m.OrganizationId).FirstAsync())!.Value;
            var category = await db.Categories.Include(c => c.Forms).SingleAsync(c => c.Id == setup.CategoryId);
            var application = new GrantApplication(association.Id, category, organizationId, null, DateTimeOffset.UtcNow);
            application.Save(new Dictionary<string, string> { [FormKeys.ProjectName] = "回避测试项目 " + setup.Code, ["content"] = "内容", [FormKeys.RequestedAmount] = "20000" }, 0, CallPhase.Open, null, DateTimeOffset.UtcNow);
            application.Submit(application.Revision, CallPhase.Open, () => ApplicationNumber.Format(association.NumberPrefix, setup.Code, 90), null, DateTimeOffset.UtcNow);
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            applicationId = application.Id;
        }
        await factory.StatusAsync(applicationId, "ExpertReview");
        var staff = await SignedInAsync(DemoAccounts.Email("xinjiang", "staff"));
        var reviewersUrl = $"/xinjiang/staff/applications/{applicationId}/reviewers";
        var mine = await factory.ExpertOfAsync("xinjiang", Reviewer);
        using (var assigned = await staff.PostFormAsync(reviewersUrl, reviewersUrl, new Dictionary<string, string> { ["ExpertId"] = mine.ToString() }))
        {
            Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        }
        var assignment = (await factory.AssignmentAsync(applicationId, mine))!.Value;
        var reviewer = await SignedInAsync(Reviewer);
        await reviewer.GetPageAsync($"/xinjiang/review/assignments/{assignment}");
        var expertName = (string)(await factory.ScalarAsync("SELECT name FROM experts WHERE id = $1", mine))!;

        // Returned for correction, the applicant names the expert to avoid.
        await factory.StatusAsync(applicationId, "Returned");
        var applicant = await SignedInAsync(DemoAccounts.Email("xinjiang", "applicant"));
        var avoid = $"/xinjiang/my/applications/{applicationId}/avoid";
        using (var missingReason = await applicant.PostFormAsync(avoid, avoid, new Dictionary<string, string> { ["Rows[0].Name"] = expertName }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, missingReason.StatusCode);
            Assert.Equal("请填写回避理由", Html.Parse(await missingReason.Content.ReadAsStringAsync()).FieldError("Rows[0].Reason"));
        }
        using (var requested = await applicant.PostFormAsync(avoid, avoid, new Dictionary<string, string> { ["Rows[0].Name"] = expertName, ["Rows[0].Reason"] = "存在竞争关系" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        }
        await factory.StatusAsync(applicationId, "ExpertReview");

        await reviewer.GetPageAsync($"/xinjiang/review/assignments/{assignment}", HttpStatusCode.NotFound);
        var staffView = await staff.GetPageAsync(reviewersUrl);
        Assert.Contains("存在竞争关系", staffView.QuerySelector("#avoidances")!.TextContent);
        Assert.Contains("申报单位申请回避", staffView.QuerySelector("#pool")!.TextContent);
        // The applicant's pages never name who reviews.
        Assert.DoesNotContain(expertName, (await applicant.GetPageAsync("/xinjiang/my/applications")).Text());
    }
}
