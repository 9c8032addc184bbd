namespace ReturnShape.Analyzers.Tests.Rules;

public class VRS0005Tests
{
    public static TheoryData<string> Firing => new()
    {
        """[View("/")] public object A() { return [|("ok", new Dictionary<string, string>(), 200)|]; }""",
        """[View("/")] public object A() => [|(404, "Not found")|];""",
        """public void Configure() => Host.MapFunc("/", () => [|(new Dictionary<string, string>(), "body")|]);""",
        """[View("/")] public async Task<object> A() { await Task.Yield(); return [|(404, "Not found", new Dictionary<string, string>())|]; }""",
        """[View("/")] public object A(bool b) => b ? [|(404, "gone")|] : "ok";""",
        """[View("/")] public object A() { var t = [|(404, "gone")|]; return t; }""",
        // a helper typed (body, headers, status) is misordered whatever its body
        """[View("/")] public object A() => [|Helper()|]; private static (string, Dictionary<string, string>, int) Helper() => ("ok", new(), 200);""",
        // a header name in the status slot with the status last
        """[View("/")] public object A() => [|("ok", "custom-header", 200)|];""",
        """[View("/")] public object A() => [|(HttpStatusCode.NotFound, "gone")|];""",
        """public Response A() => [|MakeResponse(404, "Not found")|];""",
    };

    public static TheoryData<string> Silent => new()
    {
        """[View("/")] public object A() => ("ok", 201);""",
        """[View("/")] public object A() => ("ok", new Dictionary<string, string> { { "X-A", "1" } });""",
        """[View("/")] public object A(Headers headers) => ("ok", 200, headers);""",
        """[View("/")] public object A() => ("ok", "404 NOT FOUND");""",
        // a JSON dictionary with a status is a body and a status, not headers first
        """[View("/")] public object A() => (new Dictionary<string, int> { ["a"] = 1 }, 200);""",
        """[View("/")] public object A() => (new Dictionary<string, int> { ["a"] = 1 }, "404");""",
        """[View("/")] public object A(object first, object second) => (first, second);""",
        """public (int, string) NotAView() => (404, "x");""",
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string members) => Verify.MembersAsync(Descriptors.MisorderedTuple, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string members) => Verify.MembersAsync(Descriptors.MisorderedTuple, members);

    [Theory]
    [InlineData("""("ok", new Dictionary<string, string>(), 200)""", "status and headers are swapped")]
    [InlineData("""(404, "Not found")""", "the status comes before the body")]
    [InlineData("""(new Dictionary<string, string>(), "body")""", "the headers come before the body")]
    public Task MessageSaysWhatIsOutOfPlace(string tuple, string detail) => Verify.MembersAsync(Descriptors.MisorderedTuple, 
        "[View(\"/\")] public object Index() => {|#0:" + tuple + "|};",
        new DiagnosticResult(Descriptors.MisorderedTuple).WithLocation(0).WithArguments("Index", detail));
}
