namespace ReturnShape.Analyzers.Tests.Rules;

public class VRS0004Tests
{
    public static TheoryData<string> Firing => new()
    {
        """[View("/")] public object A() { return [|("a", 200, new Dictionary<string, string>(), 1)|]; }""",
        """[View("/")] public object A() => [|ValueTuple.Create("a")|];""",
        """public void Configure() => Host.MapFunc("/", () => [|("a", 1, 2, 3)|]);""",
        """[View("/")] public async Task<object> A() { await Task.Yield(); return [|("a", 200, "x", "y", "z")|]; }""",
        """[View("/")] public object A(bool b) => b ? "ok" : [|("a", 1, 2, 3)|];""",
        """[View("/")] public object A() { var t = [|("a", 1, 2, 3)|]; return t; }""",
        """[View("/")] public object A() => [|Helper()|]; private static (string, int, int, int) Helper() => ("a", 1, 2, 3);""",
        """[View("/")] public object A() => [|Tuple.Create("a", 200, "x", "y")|];""",
        """public Response A() => MakeResponse([|("a", 1, 2, 3)|]);""",
    };

    public static TheoryData<string> Silent => new()
    {
        """[View("/")] public object A() => ("ok", 201);""",
        """[View("/")] public object A() => ("ok", 200, new Dictionary<string, string>());""",
        """[View("/")] public object A() => Tuple.Create("ok", 201);""",
        """public (int, int, int, int) NotAView() => (1, 2, 3, 4);""",
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string members) => Verify.MembersAsync(Descriptors.TupleLength, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string members) => Verify.MembersAsync(Descriptors.TupleLength, members);

    [Fact]
    public Task MessageCountsTheElements() => Verify.MembersAsync(Descriptors.TupleLength, 
        """[View("/")] public object Index() => {|#0:("a", 1, 2, 3)|};""",
        new DiagnosticResult(Descriptors.TupleLength).WithLocation(0).WithArguments("Index", "it returned a tuple of 4 elements"));
}
