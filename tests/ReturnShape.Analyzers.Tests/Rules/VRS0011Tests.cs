namespace ReturnShape.Analyzers.Tests.Rules;

public class VRS0011Tests
{
    public static TheoryData<string> Firing => new()
    {
        """[View("/")] public object A(Person p) { return Json([|JsonSerializer.Serialize(p)|]); }""",
        """[View("/")] public object A() => Json([|"{\"a\": 1}"|]);""",
        """public void Configure() => Host.MapFunc("/", () => Json([|JsonSerializer.Serialize(1)|]));""",
        """[View("/")] public async Task<object> A(Person p) { await Task.Yield(); return Json([|JsonSerializer.Serialize(p)|]); }""",
        """[View("/")] public object A(Person p, bool b) => Json(b ? [|JsonSerializer.Serialize(p)|] : "none");""",
        """[View("/")] public object A(Person p) { var s = [|JsonSerializer.Serialize(p)|]; return Json(s); }""",
        // anywhere, not only in views
        """public Response Helper(Person p) => Json([|JsonSerializer.Serialize(p)|]);""",
    };

    public static TheoryData<string> Silent => new()
    {
        """[View("/")] public object A(Person p) => Json(p);""",
        """[View("/")] public object A() => Json("hello");""",
        """[View("/")] public object A() => Json();""",
        """[View("/")] public object A(string s) => Json(s);""",
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string members) => Verify.MembersAsync(Descriptors.JsonEncodedTwice, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string members) => Verify.MembersAsync(Descriptors.JsonEncodedTwice, members);
}
