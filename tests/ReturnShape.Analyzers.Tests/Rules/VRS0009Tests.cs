namespace ReturnShape.Analyzers.Tests.Rules;

public class VRS0009Tests
{
    public static TheoryData<string> Firing => new()
    {
        """[View("/")] public object A() { return ("ok", 200, new Dictionary<string, string> { [|{ "Set-Cookie", "a=1; Path=/" }|] }); }""",
        """[View("/")] public object A() => ("ok", new Dictionary<string, string> { [|["set-cookie"] = "a=1"|] });""",
        """[View("/")] public object A() => ("ok", new Headers { [|{ "Set-Cookie", "a=1" }|] });""",
        """[View("/")] public object A() => ("ok", new[] { ("X-A", "1"), [|("Set-Cookie", "a=1")|] });""",
        """public void Configure() => Host.MapFunc("/", () => ("ok", new Dictionary<string, string> { [|{ "Set-Cookie", "a=1" }|] }));""",
        """[View("/")] public async Task<object> A() { await Task.Yield(); return ("ok", 201, new Dictionary<string, string> { [|{ "Set-Cookie", "a=1" }|] }); }""",
        """[View("/")] public object A(bool b) => b ? ("ok", new Dictionary<string, string> { [|{ "Set-Cookie", "a=1" }|] }) : "no";""",
        """[View("/")] public object A() { var headers = new Dictionary<string, string> { [|{ "Set-Cookie", "a=1" }|] }; return ("ok", headers); }""",
        """public Response A() => MakeResponse("ok", 200, new Dictionary<string, string> { [|{ "Set-Cookie", "a=1" }|] });""",
    };

    public static TheoryData<string> Silent => new()
    {
        """[View("/")] public object A() => MakeResponse("ok").SetCookie("a", "1");""",
        """[View("/")] public object A() => ("ok", new Dictionary<string, string> { { "X-A", "1" } });""",
        // headers filled elsewhere: not seen, not reported
        """[View("/")] public object A() { var headers = new Dictionary<string, string>(); Fill(headers); return ("ok", headers); } private static void Fill(Dictionary<string, string> h) => h["Set-Cookie"] = "a=1";""",
        """public Dictionary<string, string> NotAView() => new() { { "Set-Cookie", "a=1" } };""",
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string members) => Verify.MembersAsync(Descriptors.SetCookieHeader, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string members) => Verify.MembersAsync(Descriptors.SetCookieHeader, members);
}
