namespace GrantPortal.IntegrationTests.Support;

[Collection(PortalCollection.Name)]
public class SubmittedApplicationsTests(PortalFactory factory)
{
    [Fact]
    public async Task Create_SubmitsEveryApplication_WithAVerificationCodePerSubmission()
    {
        var setup = await SubmittedApplications.CreateAsync(factory, "hunan", 3);
        Assert.Equal(3, setup.Applications.Count);
        var codes = await factory.ScalarAsync(
            "SELECT count(DISTINCT s.verification_code) FROM application_submissions s JOIN grant_applications a ON a.id = s.application_id WHERE a.call_id = $1 AND a.status = 'Submitted'",
            setup.CallId);
        Assert.Equal(3L, codes);
    }
}
