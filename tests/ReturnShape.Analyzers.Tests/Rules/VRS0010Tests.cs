namespace ReturnShape.Analyzers.Tests.Rules;

public class VRS0010Tests
{
    public static TheoryData<string> Firing => new()
    {
        """[View("/")] public object A() { return [|JsonSerializer.Serialize(new { a = 1 })|]; }""",
        """[View("/")] public object A() => [|"{\"id\": 1}"|];""",
        """[View("/")] public object A() => [|"[1, 2, 3]"|];""",
        """[View("/")] public object A(Person p) => ([|JsonSerializer.Serialize(p)|], 200);""",
        """[View("/")] public object A(Person p) => ([|JsonSerializer.Serialize(p)|], 200, new Dictionary<string, string> { { "X-A", "1" } });""",
        """[View("/")] public object A(Person p) => new Response([|JsonSerializer.Serialize(p)|]);""",
        """public void Configure() => Host.MapFunc("/", () => [|JsonSerializer.Serialize(1)|]);""",
        """[View("/")] public async Task<object> A() { await Task.Yield(); return [|JsonSerializer.Serialize(new[] { 1 })|]; }""",
        """[View("/")] public object A(bool b) => b ? [|JsonSerializer.Serialize(1)|] : "none";""",
        """[View("/")] public object A(Person p) { var json = [|JsonSerializer.Serialize(p)|]; return json; }""",
        """[View("/")] public object A() => [|new System.Text.Json.Nodes.JsonObject().ToJsonString()|];""",
        """public Response A(Person p) => MakeResponse([|JsonSerializer.Serialize(p)|]);""",
        """public Response A(Person p) => MakeResponse([|JsonSerializer.Serialize(p)|], 201);""",
    };

    public static TheoryData<string> Silent => new()
    {
        """[View("/")] public object A(Person p) => Json(p);""",
        """[View("/")] public object A(Person p) => (JsonSerializer.Serialize(p), 200, new Dictionary<string, string> { { "Content-Type", "application/json" } });""",
        """[View("/")] public object A(Person p) => new Response(JsonSerializer.Serialize(p), contentType: "application/json");""",
        """[View("/")] public object A(Person p) => new Response(JsonSerializer.Serialize(p), mimetype: "application/json");""",
        """[View("/")] public object A(Person p, Headers h) => (JsonSerializer.Serialize(p), 200, h);""",
        """[View("/")] public object A() => "{not json";""",
        """[View("/")] public object A() => "[ok]";""",
        """[View("/")] public object A() => "hello";""",
        """public string NotAView(Person p) => JsonSerializer.Serialize(p);""",
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string members) => Verify.MembersAsync(Descriptors.JsonAsText, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string members) => Verify.MembersAsync(Descriptors.JsonAsText, members);
}
