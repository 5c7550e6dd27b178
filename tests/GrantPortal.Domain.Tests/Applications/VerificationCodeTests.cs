using GrantPortal.Domain.Applications;

namespace GrantPortal.Domain.Tests.Applications;

public class VerificationCodeTests
{
    private static readonly Guid Application = Guid.Parse("0195f000-0000-7000-8000-000000000001");
    private static readonly Guid Form = Guid.Parse("0195f000-0000-7000-8000-000000000002");
    private static readonly Dictionary<string, string> Values = new() { ["projectName"] = "科普进社区", ["requestedAmount"] = "50000" };

    [Fact]
    public void SameContent_GivesTheSameCode_OfSixteenCrockfordCharacters()
    {
        var one = VerificationCode.For(Application, 1, Form, "科普进社区", 50000m, Values);
        var two = VerificationCode.For(Application, 1, Form, "科普进社区", 50000m, new Dictionary<string, string>(Values.Reverse()));
        Assert.Equal(one, two);
        Assert.Equal(16, one.Length);
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{16}$", one);
    }

    [Fact]
    public void AnyChange_GivesANewCode()
    {
        var code = VerificationCode.For(Application, 1, Form, "科普进社区", 50000m, Values);
        Assert.NotEqual(code, VerificationCode.For(Application, 2, Form, "科普进社区", 50000m, Values));
        Assert.NotEqual(code, VerificationCode.For(Application, 1, Form, "科普进社区", 50000.01m, Values));
        var changed = new Dictionary<string, string>(Values) { ["projectName"] = "科普进社区 " };
        Assert.NotEqual(code, VerificationCode.For(Application, 1, Form, "科普进社区", 50000m, changed));
        // A character moved from one value to its key cannot give the same canonical text.
        var shifted = new Dictionary<string, string> { ["a"] = "bc" };
        var moved = new Dictionary<string, string> { ["ab"] = "c" };
        Assert.NotEqual(VerificationCode.For(Application, 1, Form, "", null, shifted), VerificationCode.For(Application, 1, Form, "", null, moved));
    }

    [Theory]
    [InlineData("abcd-efgh-jkmn-pqrs", "ABCDEFGHJKMNPQRS")]
    [InlineData(" ABCD EFGH JKMN PQRS ", "ABCDEFGHJKMNPQRS")]
    [InlineData("oooo-iiii-llll-0000", "0000111111110000")]
    [InlineData("https://portal.example/verify/ABCD-EFGH-JKMN-PQRS", "ABCDEFGHJKMNPQRS")]
    [InlineData("ABCD-EFGH-JKMN-PQR", null)]
    [InlineData("ABCD-EFGH-JKMN-PQRU", null)]
    [InlineData("", null)]
    public void Normalize_AcceptsWhatPeopleTypeAndScannersRead(string input, string? expected) =>
        Assert.Equal(expected, VerificationCode.Normalize(input));

    [Fact]
    public void Display_GroupsByFour() => Assert.Equal("ABCD-EFGH-JKMN-PQRS", VerificationCode.Display("ABCDEFGHJKMNPQRS"));
}
