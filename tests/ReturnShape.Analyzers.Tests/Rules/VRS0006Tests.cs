namespace ReturnShape.Analyzers.Tests.Rules;

public class VRS0006Tests
{
    public static TheoryData<string> Firing => new()
    {
        """[View("/")] public object A() { return ([|(string?)null|], 404); }""",
        """[View("/")] public object A() => ([|default(string)|], 404);""",
        """[View("/")] public object A() => ([|404|], 404);""",
        """public void Configure() => Host.MapFunc("/", () => ([|DateTime.Now|], 200));""",
        """[View("/")] public async Task<object> A() { await Task.Yield(); return ([|new Person()|], 201); }""",
        """[View("/")] public object A(bool b) => (b ? "ok" : [|null|], 404);""",
        """[View("/")] public object A() { string? body = [|null|]; return (body, 404); }""",
        """[View("/")] public object A() => [|Helper()|]; private static (Person, int) Helper() => (new Person(), 200);""",
        """[View("/")] public object A() => ([|("a", 1)|], 200);""",
        """public Response A() => MakeResponse([|null|], 404);""",
        """public Response A() => MakeResponse([|new Person()|], 200, new Dictionary<string, string>());""",
    };

    public static TheoryData<string> Silent => new()
    {
        """[View("/")] public object A() => ("ok", 404);""",
        """[View("/")] public object A() => (Json(new Person()), 201);""",
        """[View("/")] public object A() => (new Dictionary<string, string>(), 200);""",
        """[View("/")] public object A(object body) => (body, 200);""",
        """public Response A() => MakeResponse("", 204);""",
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string members) => Verify.MembersAsync(Descriptors.TupleBody, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string members) => Verify.MembersAsync(Descriptors.TupleBody, members);

    [Fact]
    public Task MessageSaysTheBodyIsNull() => Verify.MembersAsync(Descriptors.TupleBody, 
        """[View("/")] public object Index() => ({|#0:(string?)null|}, 404);""",
        new DiagnosticResult(Descriptors.TupleBody).WithLocation(0).WithArguments("Index", "the tuple's body is null"));
}
