namespace ReturnShape.Analyzers.Tests.Rules;

public class VRS0012Tests
{
    public static TheoryData<string> Firing => new()
    {
        """[View("/")] public object A() { return ([|"gone"|], 204); }""",
        """[View("/")] public object A() => ([|new Dictionary<string, int> { ["a"] = 1 }|], 304);""",
        """[View("/")] public object A() => ([|"x"|], 100, new Dictionary<string, string>());""",
        """[View("/")] public object A() => ([|"x"|], HttpStatusCode.NoContent);""",
        """public void Configure() => Host.MapFunc("/", () => ([|"deleted"|], 204));""",
        """[View("/")] public async Task<object> A() { await Task.Yield(); return ([|"deleted"|], 204); }""",
        """[View("/")] public object A(bool b) => (b ? [|"deleted"|] : "", 204);""",
        """[View("/")] public object A() { var t = ([|"deleted"|], 204); return t; }""",
        """public Response A() => MakeResponse([|"deleted"|], 204);""",
    };

    public static TheoryData<string> Silent => new()
    {
        """[View("/")] public object A() => ("", 204);""",
        """[View("/")] public object A(string body) => (body, 204);""",
        """[View("/")] public object A() => ("ok", 200);""",
        """public Response A() => MakeResponse("", 204);""",
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string members) => Verify.MembersAsync(Descriptors.BodilessStatus, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string members) => Verify.MembersAsync(Descriptors.BodilessStatus, members);
}
