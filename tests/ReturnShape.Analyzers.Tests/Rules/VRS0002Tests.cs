namespace ReturnShape.Analyzers.Tests.Rules;

public class VRS0002Tests
{
    public static TheoryData<string> Firing => new()
    {
        // a before-request function answers like a view: a bare number is no response
        """public static void Before([BeforeRequest] Func<object?> f) { } public void Configure() => Before(() => [|401|]);""",
        """[View("/")] public object A() { return [|123|]; }""",
        """[View("/")] public object A() => [|true|];""",
        """public void Configure() => Host.MapFunc("/", () => [|404|]);""",
        """[View("/")] public async Task<object> A() { await Task.Yield(); return [|'c'|]; }""",
        """[View("/")] public object A(bool b) => b ? "ok" : [|404|];""",
        """[View("/")] public object A() { var n = [|42|]; return n; }""",
        """[View("/")] public object A() => [|HttpStatusCode.NotFound|];""",
        """[View("/")] public object A() => [|2.5|];""",
        """[View("/")] public int A() => [|5|];""",
        """[View("/")] public object A(int count) => [|count|];""",
        """public Response A() => MakeResponse([|404|]);""",
        // a method group whose declared return type is a number
        """public void Configure() => Host.Map("/", [|Count|]); public static int Count() => 1;""",
    };

    public static TheoryData<string> Silent => new()
    {
        """[View("/")] public object A() => ("ok", 404);""",
        """[View("/")] public object A() => 404.ToString();""",
        """[View("/")] public object A() => MakeResponse("", 404);""",
        """[View("/")] public object A() => new[] { 1, 2 };""",
        """public int NotAView() => 404;""",
        """[View("/")] public object A() { var count = new[] { 1 }.Select(x => x + 1).Count(); return count.ToString(); }""",
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string members) => Verify.MembersAsync(Descriptors.BareNumber, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string members) => Verify.MembersAsync(Descriptors.BareNumber, members);

    [Fact]
    public Task MessageNamesTheNumber() => Verify.MembersAsync(Descriptors.BareNumber, 
        """[View("/")] public object Index() => {|#0:123|};""",
        new DiagnosticResult(Descriptors.BareNumber).WithLocation(0).WithArguments("Index", "it returned the int 123"));
}
