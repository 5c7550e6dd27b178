using System.Net;
using GrantPortal.IntegrationTests.Support;
using static GrantPortal.IntegrationTests.Staff.FormalChecks.FormalCheckSetup;

namespace GrantPortal.IntegrationTests.Staff.FormalChecks;

/// <summary>
/// 退回修改: after the call's deadline a returned application is edited and resubmitted (version 2) before the correction
/// deadline and comes back to the queue; once the correction deadline has passed it is refused.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CorrectionLoopTests(PortalFactory factory)
{
    private const string Tenant = "hunan";
    private const string Applicant = "applicant@hunan.example.com";

    [Fact]
    public async Task ReturnedAfterTheDeadline_EditedAndResubmitted_ComesBackAsVersion2_ThenLateResubmissionIsRefused()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, Tenant, 1);
        var id = await SubmittedByAsync(factory, setup, Applicant, "基层科技工作者数字化培训 " + setup.Code);
        var afterDeadline = SubmittedApplications.Deadline.AddDays(2);
        var until = afterDeadline.AddDays(5);
        try
        {
            factory.Clock.Set(afterDeadline);
            var staff = factory.Browser();
            await staff.SignInAsync("staff@hunan.example.com");
            using (var returned = await DecideAsync(staff, Tenant, id, "Returned", "预算明细缺少会议费测算依据，请补充。", until))
            {
                Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
            }
            Assert.Equal("Returned", await StatusAsync(factory, id));
            Assert.True(await factory.CountAsync(
                "SELECT count(*) FROM notifications n JOIN tenant_memberships m ON m.user_id = n.user_id JOIN grant_applications a ON a.organization_id = m.organization_id WHERE a.id = $1 AND n.title LIKE '申报书退回修改%'", id) >= 1);
            var returnedTab = await staff.GetPageAsync(QueueUrl(Tenant, setup.CallId) + "?show=returned");
            Assert.NotNull(returnedTab.QuerySelector($"tr[data-application='{id}']"));

            // The applicant sees the reasons and the deadline and may still change the form after the call's deadline.
            factory.Clock.Set(afterDeadline.AddDays(1));
            var applicant = factory.Browser();
            await applicant.SignInAsync(Applicant);
            var edit = await applicant.GetPageAsync($"/{Tenant}/my/applications/{id}");
            Assert.Contains("预算明细缺少会议费测算依据", edit.GetElementById("return-reasons")!.TextContent, StringComparison.Ordinal);
            Assert.Contains(Domain.Common.BeijingTime.ToBeijing(until).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                edit.GetElementById("correction-deadline")!.TextContent, StringComparison.Ordinal);
            Assert.Null(edit.QuerySelector(".read-only"));
            var revision = edit.QuerySelector("input[name=Revision]")!.GetAttribute("value")!;
            using (var saved = await applicant.PostFormAsync($"/{Tenant}/my/applications/{id}", $"/{Tenant}/my/applications/{id}/save", new Dictionary<string, string>
            {
                ["Revision"] = revision,
                ["v.projectName"] = "基层科技工作者数字化培训（修改稿） " + setup.Code,
                ["v.content"] = "面向基层科技工作者开展数字化转型专题培训，组织三场线下研讨和一次成果展示；会议费按 3 场 × 60 人 × 150 元测算。",
                ["v.requestedAmount"] = "40000",
            }))
            {
                Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            }
            var token = (await applicant.GetPageAsync($"/{Tenant}/my/applications")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var current = (await factory.ScalarAsync("SELECT revision FROM grant_applications WHERE id = $1", id))!.ToString()!;
            using (var submitted = await applicant.PostAsync($"/{Tenant}/my/applications/{id}/submit",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Revision"] = current })))
            {
                Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
                Assert.Equal($"/{Tenant}/my/applications/{id}/receipt", submitted.LocationPath());
            }
            Assert.Equal("Submitted", await StatusAsync(factory, id));
            Assert.Equal(2L, await factory.CountAsync("SELECT max(version) FROM application_submissions WHERE application_id = $1", id));

            // Back in the queue, checked on version 2 (staff sign in again on the moved clock).
            staff = factory.Browser();
            await staff.SignInAsync("staff@hunan.example.com");
            var queue = await staff.GetPageAsync(QueueUrl(Tenant, setup.CallId));
            var row = queue.QuerySelector($"tr[data-application='{id}']");
            Assert.NotNull(row);
            Assert.Contains("第 2 版", row!.TextContent, StringComparison.Ordinal);
            var check = await staff.GetPageAsync(CheckUrl(Tenant, id));
            Assert.Equal("pass", check.QuerySelector("tr[data-item=deadline]")!.ClassName);

            // Returned again; once its correction deadline has passed, the resubmission is refused.
            var secondUntil = afterDeadline.AddDays(2);
            using (await DecideAsync(staff, Tenant, id, "Returned", "请补充合作协议。", secondUntil)) { }
            Assert.Equal("Returned", await StatusAsync(factory, id));
            factory.Clock.Set(secondUntil.AddMinutes(1));
            applicant = factory.Browser();
            await applicant.SignInAsync(Applicant);
            var expired = await applicant.GetPageAsync($"/{Tenant}/my/applications/{id}");
            Assert.Contains("修改期限已于", expired.GetElementById("correction-deadline")!.TextContent, StringComparison.Ordinal);
            Assert.NotNull(expired.QuerySelector(".read-only"));
            token = (await applicant.GetPageAsync($"/{Tenant}/my/applications")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            current = (await factory.ScalarAsync("SELECT revision FROM grant_applications WHERE id = $1", id))!.ToString()!;
            using (var late = await applicant.PostAsync($"/{Tenant}/my/applications/{id}/submit",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Revision"] = current })))
            {
                Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
                Assert.Contains("退回修改的期限", Html.Parse(await late.Content.ReadAsStringAsync()).Text(), StringComparison.Ordinal);
            }
            Assert.Equal("Returned", await StatusAsync(factory, id));
            Assert.Equal(2L, await factory.CountAsync("SELECT max(version) FROM application_submissions WHERE application_id = $1", id));
            Assert.Equal(2L, await factory.CountAsync("SELECT count(*) FROM formal_check_decisions WHERE application_id = $1 AND outcome = 'Returned'", id));
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }
}
