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
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string members) => Verify.MembersAsync<HeadersAnalyzer>(members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string members) => Verify.MembersAsync<HeadersAnalyzer>(members);

    [Fact]
    public Task MessageNamesTheBadHeaderName() => Verify.MembersAsync<HeadersAnalyzer>(
        """[View("/")] public object Index() => ("ok", new Dictionary<string, string> { {|#0:{ "Bad Name", "1" }|} });""",
        new DiagnosticResult(Descriptors.InvalidHeaders).WithLocation(0).WithArguments("Index", "the header name \"Bad Name\" is not a token"));
}
