namespace ReturnShape.Analyzers.Tests.Rules;

public class VRS0013Tests
{
    public static TheoryData<string> Firing => new()
    {
        """[View("/")] public object A() { return [|("moved", 302)|]; }""",
        """[View("/")] public object A() => [|("", 301, new Dictionary<string, string> { { "X-A", "1" } })|];""",
        """[View("/")] public object A() => [|("", HttpStatusCode.TemporaryRedirect)|];""",
        """public void Configure() => Host.MapFunc("/", () => [|("see other", 303)|]);""",
        """[View("/")] public async Task<object> A() { await Task.Yield(); return [|("", 308)|]; }""",
        """[View("/")] public object A(bool b) => b ? [|("x", 302)|] : "ok";""",
        """[View("/")] public object A() { var t = [|("x", 302)|]; return t; }""",
        """public Response A() => [|MakeResponse("", 307)|];""",
        // a comparer adds no header
        """[View("/")] public object A() => [|("", 302, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["X-A"] = "1" })|];""",
    };

    public static TheoryData<string> Silent => new()
    {
        """[View("/")] public object A() => Redirect("/login");""",
        """[View("/")] public object A() => ("", 302, new Dictionary<string, string> { { "Location", "/x" } });""",
        """[View("/")] public object A() => (Redirect("/x"), 301);""",
        """[View("/")] public object A(Headers headers) => ("", 302, headers);""",
        """[View("/")] public object A() => ("", 304);""",
        """[View("/")] public object A(int code) => ("", code);""",
        """[View("/")] public object A() => ("", 302, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["location"] = "/x" });""",
        // headers copied from elsewhere may hold a Location
        """[View("/")] public object A(Dictionary<string, string> other) => ("", 302, new Dictionary<string, string>(other) { ["X-A"] = "1" });""",
        // headers filled after creation
        """[View("/")] public object A() { var h = new Dictionary<string, string>(); h["Location"] = "/x"; return ("", 302, h); }""",
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string members) => Verify.MembersAsync(Descriptors.RedirectWithoutLocation, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string members) => Verify.MembersAsync(Descriptors.RedirectWithoutLocation, members);
}
