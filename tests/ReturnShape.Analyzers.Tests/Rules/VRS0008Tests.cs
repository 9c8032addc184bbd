namespace ReturnShape.Analyzers.Tests.Rules;

public class VRS0008Tests
{
    public static TheoryData<string> Firing => new()
    {
        """[View("/")] public object A() { return ("ok", 200, [|"X-A: 1"|]); }""",
        """[View("/")] public object A() => ("ok", 200, [|new List<string> { "X-A" }|]);""",
        // a list in the second place of two is read as headers
        """[View("/")] public object A() => ("ok", [|new List<string> { "X-A" }|]);""",
        """[View("/")] public object A() => ("ok", new Dictionary<string, string> { [|{ "Bad Name", "1" }|] });""",
        """[View("/")] public object A() => ("ok", 200, new Dictionary<string, string> { [|["X-A"] = "a\r\nb"|] });""",
        """[View("/")] public object A() => ("ok", new Dictionary<string, string?> { [|{ "X-A", null }|] });""",
        """public void Configure() => Host.MapFunc("/", () => ("ok", 200, [|"X-A"|]));""",
        """[View("/")] public async Task<object> A() { await Task.Yield(); return ("ok", 201, [|new[] { 1, 2 }|]); }""",
        """[View("/")] public object A(bool b) => ("ok", 200, b ? (object)new Dictionary<string, string>() : [|"X-A"|]);""",
        """[View("/")] public object A() { var headers = new Dictionary<string, string> { [|{ "X A", "1" }|] }; return ("ok", headers); }""",
        """[View("/")] public object A() => ("ok", new[] { [|("X:A", "1")|] });""",
        """[View("/")] public object A() => [|Helper()|]; private static (string, int, string) Helper() => ("ok", 200, "X-A");""",
        """public Response A() => MakeResponse("ok", [|new List<string> { "X-A" }|]);""",
        // a value a server cannot send: a control (DEL included) or non-ASCII text
        """[View("/")] public object A() => ("ok", 200, new Dictionary<string, string> { [|["X-A"] = "caf\u00e9"|] });""",
        """[View("/")] public object A() => ("ok", new Dictionary<string, string> { [|{ "X-A", "a\u0001b" }|] });""",
        """[View("/")] public object A() => ("ok", new[] { ("X-A", "1"), [|("X-B", "\u007f")|] });""",
        """[View("/")] public object A() => ("ok", new Headers { [|{ "X-A", "\u0080" }|] });""",
        """[View("/")] public object A() => (Json(1), new Dictionary<string, string> { [|["X-A"] = "\uD83D\uDE00"|] });""",
        """public Response A() => MakeResponse("ok", 200, new Dictionary<string, string> { [|["X-A"] = "\u00d6"|] });""",
        """[View("/")] public object A() => ("", 302, new Dictionary<string, string> { [|["Location"] = "/a\u0001"|] });""",
        """[View("/")] public object A(string name) => ("ok", new Dictionary<string, string> { [|{ name, "a\u0001" }|] });""",
        """[View("/")] public object A() => ("ok", 200, new Dictionary<string, string> { [|["Content-Length"] = "ten"|] });""",
    };

    public static TheoryData<string> Silent => new()
    {
        """[View("/")] public object A() => ("ok", new Dictionary<string, string> { { "X-A", "1" } });""",
        """[View("/")] public object A() => ("ok", 200, new Dictionary<string, string> { ["X-A"] = "1" });""",
        """[View("/")] public object A() => ("ok", new Headers { { "X-A", "1" } });""",
        """[View("/")] public object A() => ("ok", new[] { ("X-A", "1"), ("X-B", "2") });""",
        """[View("/")] public object A() => ("ok", 200, new List<KeyValuePair<string, string>> { new("X-A", "1") });""",
        """[View("/")] public object A() => ("ok", 200, new Dictionary<string, string[]> { ["X-A"] = new[] { "1", "2" } });""",
        """[View("/")] public object A(string name) => ("ok", new Dictionary<string, string> { { name, "1" } });""",
        """[View("/")] public object A() => ("ok", 200, (Dictionary<string, string>?)null);""",
        """[View("/")] public object A(object headers) => ("ok", 200, headers);""",
        // visible ASCII, spaces and tabs; a Location's non-ASCII text is percent-encoded when sent
        """[View("/")] public object A() => ("ok", new Dictionary<string, string> { ["X-A"] = "a\tb ~!", ["X-B"] = "" });""",
        """[View("/")] public object A() => ("", 302, new Dictionary<string, string> { ["Location"] = "/caf\u00e9" });""",
        // a name that is not seen may be Location
        """[View("/")] public object A(string name) => ("ok", new Dictionary<string, string> { { name, "caf\u00e9" } });""",
        """[View("/")] public object A(string length) => ("ok", new Dictionary<string, string> { ["Content-Length"] = length });""",
        """[View("/")] public object A() => ("ok", new Dictionary<string, string> { ["Content-Length"] = "2" });""",
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string members) => Verify.MembersAsync(Descriptors.InvalidHeaders, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string members) => Verify.MembersAsync(Descriptors.InvalidHeaders, members);

    /// <summary>The analyzer's detail is the runtime's, character for character.</summary>
    [Theory]
    [InlineData("caf\u00e9", "caf\\u00e9", "the value of header \"X-A\" contains the non-ASCII character \\u00e9")]
    [InlineData("a\u007f", "a\\u007f", "the value of header \"X-A\" contains the control character \\u007f")]
    public Task MessageNamesTheHeaderAndTheCharacterAsTheRuntimeDoes(string value, string literal, string detail)
    {
        var runtime = Assert.Throws<InvalidViewReturnException>(() => Responses.MakeResponse(("ok", new Dictionary<string, string> { ["X-A"] = value })));
        Assert.Equal(detail, runtime.Detail);
        return Verify.MembersAsync(Descriptors.InvalidHeaders, 
            "[View(\"/\")] public object Index() => (\"ok\", new Dictionary<string, string> { {|#0:[\"X-A\"] = \"" + literal + "\"|} });",
            new DiagnosticResult(Descriptors.InvalidHeaders).WithLocation(0).WithArguments("Index", runtime.Detail));
    }

    [Fact]
    public Task MessageNamesTheBadHeaderName() => Verify.MembersAsync(Descriptors.InvalidHeaders, 
        """[View("/")] public object Index() => ("ok", new Dictionary<string, string> { {|#0:{ "Bad Name", "1" }|} });""",
        new DiagnosticResult(Descriptors.InvalidHeaders).WithLocation(0).WithArguments("Index", "the header name \"Bad Name\" is not a token"));
}
