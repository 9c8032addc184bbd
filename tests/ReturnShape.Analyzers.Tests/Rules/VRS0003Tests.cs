namespace ReturnShape.Analyzers.Tests.Rules;

public class VRS0003Tests
{
    public static TheoryData<string> Firing => new()
    {
        """[View("/")] public object A() { return [|DateTime.Now|]; }""",
        """[View("/")] public object A() => [|new { Name = "x" }|];""",
        """public void Configure() => Host.MapFunc("/", () => [|new HashSet<int>()|]);""",
        """[View("/")] public async Task<object> A() { await Task.Yield(); return [|new Person()|]; }""",
        """[View("/")] public object A(bool b) => b ? "ok" : [|Guid.Empty|];""",
        """[View("/")] public object A() { var p = [|new Person()|]; return p; }""",
        """[View("/")] public object A() => [|new Item(1)|];""",
        // an un-awaited task
        """[View("/")] public object A() => [|Task.FromResult("x")|];""",
        // a delegate instead of its result
        """[View("/")] public object A() => [|new Func<string>(() => "x")|];""",
        // a queue is a collection but neither a list nor a dictionary
        """[View("/")] public object A() => [|new Queue<string>()|];""",
        // a Headers object is not a body
        """[View("/")] public object A() => [|new Headers()|];""",
        """public Response A() => MakeResponse([|new Person()|]);""",
        // a method group whose declared return type is a data object
        """public void Configure() => Host.Map("/", [|Load|]); public static Person Load() => new();""",
    };

    public static TheoryData<string> Silent => new()
    {
        """[View("/")] public object A() => Json(new Person());""",
        """[View("/")] public object A() => new Dictionary<string, object?> { ["a"] = 1 };""",
        """[View("/")] public object A() => new List<Person> { new() };""",
        """[View("/")] public object A() => new[] { 1, 2 };""",
        """[View("/")] public object A() => MakeResponse("ok").SetCookie("a", "1");""",
        """[View("/")] public object A() => Redirect("/login");""",
        """[View("/")] public object A() => Abort(404);""",
        """[View("/")] public object A() => new HttpException(404);""",
        """[View("/")] public async Task<object> A() => await Task.FromResult("x");""",
        """[View("/")] public object A() => new System.IO.MemoryStream();""",
        """[View("/")] public object A(Exception e) => e;""",
        """[View("/")] public object A(IEnumerable<Person> people) => people;""",
        """public Person NotAView() => new();""",
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string members) => Verify.MembersAsync(Descriptors.UnsupportedType, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string members) => Verify.MembersAsync(Descriptors.UnsupportedType, members);

    [Fact]
    public Task MessageNamesTheTask() => Verify.MembersAsync(Descriptors.UnsupportedType, 
        """[View("/")] public object Index() => {|#0:Task.FromResult("x")|};""",
        new DiagnosticResult(Descriptors.UnsupportedType).WithLocation(0).WithArguments("Index", "it returned a Task<string> that was not awaited"));
}
