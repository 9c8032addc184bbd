namespace ReturnShape.Analyzers.Tests.Rules;

public class VRS0007Tests
{
    public static TheoryData<string> Firing => new()
    {
        """[View("/")] public object A() { return ("ok", [|999|]); }""",
        """[View("/")] public object A() => ("ok", [|"custom-header"|]);""",
        """public void Configure() => Host.MapFunc("/", () => ("ok", [|2.5|]));""",
        """[View("/")] public async Task<object> A() { await Task.Yield(); return ("ok", [|true|]); }""",
        """[View("/")] public object A(bool b) => ("ok", b ? 200 : [|999|]);""",
        """[View("/")] public object A() { var code = [|600|]; return ("ok", code); }""",
        """[View("/")] public object A() => ("ok", [|(HttpStatusCode)999|]);""",
        """[View("/")] public object A() => ("ok", [|"abc"|], new Dictionary<string, string>());""",
        """[View("/")] public object A() => ("ok", [|"404\r\nX-Injected: 1"|]);""",
        """[View("/")] public object A() => [|Helper()|]; private static (string, double) Helper() => ("ok", 2.0);""",
        """public Response A() => MakeResponse("ok", [|99|]);""",
        """public Response A() => MakeResponse("ok", [|"not a status"|]);""",
        // a reason phrase is HTAB, SP and visible ASCII
        """[View("/")] public object A() => ("ok", [|"200 \u00d6K"|]);""",
        """[View("/")] public object A() => ("ok", [|"200 O\u007fK"|]);""",
        """[View("/")] public object A() => ("ok", [|"418 Tea \uD83C\uDF75"|], new Dictionary<string, string>());""",
        """public Response A() => MakeResponse("ok", [|"404 Nicht gefunden \u00fc"|]);""",
    };

    public static TheoryData<string> Silent => new()
    {
        """[View("/")] public object A() => ("ok", 404);""",
        """[View("/")] public object A() => ("ok", "404 NOT FOUND");""",
        """[View("/")] public object A() => ("ok", "404");""",
        """[View("/")] public object A() => ("ok", "404 Gone Fishing");""",
        """[View("/")] public object A() => ("ok", HttpStatusCode.NotFound);""",
        """[View("/")] public object A(int code) => ("ok", code);""",
        """[View("/")] public object A() => ("ok", 100);""",
        """[View("/")] public object A() => ("ok", 599);""",
        """[View("/")] public object A() => ("ok", (string?)null);""",
        """public (string, int) NotAView() => ("ok", 999);""",
        """[View("/")] public object A() => ("ok", "200 tab\tand ~!");""",
        """[View("/")] public object A() => ("ok", "404  Gone");""",
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string members) => Verify.MembersAsync(Descriptors.InvalidStatus, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string members) => Verify.MembersAsync(Descriptors.InvalidStatus, members);

    /// <summary>The analyzer's detail is the runtime's, character for character.</summary>
    [Fact]
    public Task MessageNamesTheCharacterOfTheReasonPhraseAsTheRuntimeDoes()
    {
        var runtime = Assert.Throws<InvalidViewReturnException>(() => Responses.MakeResponse(("ok", "200 \u00d6K")));
        Assert.Equal("the reason phrase contains the non-ASCII character \\u00d6", runtime.Detail);
        return Verify.MembersAsync(Descriptors.InvalidStatus, 
            """[View("/")] public object Index() => ("ok", {|#0:"200 \u00d6K"|});""",
            new DiagnosticResult(Descriptors.InvalidStatus).WithLocation(0).WithArguments("Index", runtime.Detail));
    }

    [Fact]
    public Task MessageGivesTheRange() => Verify.MembersAsync(Descriptors.InvalidStatus, 
        """[View("/")] public object Index() => ("ok", {|#0:999|});""",
        new DiagnosticResult(Descriptors.InvalidStatus).WithLocation(0).WithArguments("Index", "the status 999 is outside 100..599"));
}
