using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.Testing;

namespace ReturnShape.Analyzers.Tests.MinimalApi;

public class VRS0102Tests
{
    public static TheoryData<string, string> Firing => new()
    {
        // a serializer's output returned as a string
        { """app.MapGet("/", () => [|JsonSerializer.Serialize(new { a = 1 })|]);""", "" },
        { """app.MapGet("/", () => [|JsonSerializer.Serialize(new Item(1, "a"), new JsonSerializerOptions { WriteIndented = true })|]);""", "" },
        { """app.MapGet("/", () => [|System.Text.Json.Nodes.JsonNode.Parse("{}")!.ToJsonString()|]);""", "" },
        // through a local, in an async handler, in a method group
        { """app.MapGet("/", () => { var json = JsonSerializer.Serialize(new { a = 1 }); return [|json|]; });""", "" },
        { """app.MapGet("/", async () => { await Task.Yield(); return [|JsonSerializer.Serialize(new { a = 1 })|]; });""", "" },
        { """app.MapGet("/", Handler);""", """static string Handler() => [|JsonSerializer.Serialize(new { a = 1 })|];""" },
        // a JSON literal
        { """app.MapGet("/", () => [|"{\"id\": 1}"|]);""", "" },
        { "app.MapGet(\"/\", () => [|\"\"\"[1, 2, 3]\"\"\"|]);", "" },
        // Results.Text / Results.Content / TypedResults.Text without a content type, anywhere
        { """app.MapGet("/", () => Results.Text([|JsonSerializer.Serialize(new { a = 1 })|]));""", "" },
        { """app.MapGet("/", () => Results.Text([|JsonSerializer.Serialize(new { a = 1 })|], statusCode: 201));""", "" },
        { """app.MapGet("/", () => Results.Content([|"{\"id\": 1}"|]));""", "" },
        { """app.MapGet("/", () => TypedResults.Text([|JsonSerializer.Serialize(new { a = 1 })|]));""", "" },
        { """app.MapGet("/", () => Results.Text([|JsonSerializer.Serialize(new { a = 1 })|], contentType: null));""", "" },
        { "", """static IResult Helper(Item item) { var json = JsonSerializer.Serialize(item); return Results.Text([|json|]); }""" },
    };

    public static TheoryData<string, string> Silent => new()
    {
        { """app.MapGet("/", () => Results.Json(new { a = 1 }));""", "" },
        { """app.MapGet("/", () => new { a = 1 });""", "" },
        { """app.MapGet("/", () => "ok");""", "" },
        { """app.MapGet("/", () => "{not json");""", "" },
        { """app.MapGet("/", () => "[INFO] started");""", "" },
        { """app.MapGet("/", () => Results.Text(JsonSerializer.Serialize(new { a = 1 }), "application/json"));""", "" },
        { """app.MapGet("/", () => Results.Text(JsonSerializer.Serialize(new { a = 1 }), contentType: "application/problem+json"));""", "" },
        { """app.MapGet("/", (string type) => Results.Content(JsonSerializer.Serialize(new { a = 1 }), type));""", "" },
        { """app.MapGet("/", () => Results.Text("plain words"));""", "" },
        // serialized into something else, not returned
        { """app.MapGet("/", () => JsonSerializer.Serialize(new { a = 1 }).Length);""", "" },
        // a nested lambda's return
        { """app.MapGet("/", () => { Func<string> f = () => JsonSerializer.Serialize(1); return f().Length; });""", "" },
        // a local assigned twice
        { """app.MapGet("/", (bool b) => { var s = JsonSerializer.Serialize(1); if (b) s = "x"; return s; });""", "" },
        // not a route handler
        { "", """static string NotAHandler() => JsonSerializer.Serialize(1);""" },
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string statements, string members) => ApiVerify.StatementsAsync(Descriptors.JsonAsPlainText, statements, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string statements, string members) => ApiVerify.StatementsAsync(Descriptors.JsonAsPlainText, statements, members);

    [Fact]
    public Task MessageSaysWhereTheJsonComesFrom() => ApiVerify.StatementsAsync(Descriptors.JsonAsPlainText, 
        """app.MapGet("/api", () => Results.Text({|#0:JsonSerializer.Serialize(1)|}));""",
        "",
        new DiagnosticResult(Descriptors.JsonAsPlainText).WithLocation(0)
            .WithArguments("/api", "the content of Results.Text is JSON text (JsonSerializer.Serialize) and is sent as text/plain"));
}
