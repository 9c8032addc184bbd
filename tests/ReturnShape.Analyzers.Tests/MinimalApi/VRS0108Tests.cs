using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.Testing;

namespace ReturnShape.Analyzers.Tests.MinimalApi;

public class VRS0108Tests
{
    public static TheoryData<string, string> Firing => new()
    {
        // a serializer's output given to a result that serializes its value
        { """app.MapGet("/", () => Results.Ok([|JsonSerializer.Serialize(new Item(1, "a"))|]));""", "" },
        { """app.MapGet("/", () => TypedResults.Ok([|JsonSerializer.Serialize(new Item(1, "a"))|]));""", "" },
        { """app.MapGet("/", () => Results.Json([|JsonSerializer.Serialize(new { a = 1 })|]));""", "" },
        { """app.MapGet("/", () => TypedResults.Json([|JsonSerializer.Serialize(new { a = 1 })|], statusCode: 201));""", "" },
        { """app.MapPost("/", () => Results.Created("/items/1", [|JsonSerializer.Serialize(new Item(1, "a"))|]));""", "" },
        { """app.MapPost("/", () => Results.Accepted("/jobs/1", [|JsonSerializer.Serialize(new { state = "queued" })|]));""", "" },
        { """app.MapGet("/", () => Results.BadRequest([|JsonSerializer.Serialize(new { error = "x" })|]));""", "" },
        { """app.MapGet("/", () => Results.NotFound([|JsonSerializer.Serialize(new { id = 1 })|]));""", "" },
        { """app.MapGet("/", () => Results.Ok([|System.Text.Json.Nodes.JsonNode.Parse("{}")!.ToJsonString()|]));""", "" },
        { """app.MapGet("/", () => Results.Ok([|JsonSerializer.Serialize(new { a = 1 }, new JsonSerializerOptions { WriteIndented = true })|]));""", "" },
        // a JSON literal, a local holding the text, outside a route handler
        { """app.MapGet("/", () => Results.Ok([|"{\"id\": 1}"|]));""", "" },
        { """app.MapGet("/", () => { var json = JsonSerializer.Serialize(new { a = 1 }); return Results.Ok([|json|]); });""", "" },
        { "", """static IResult Helper(Item item) => Results.Conflict([|JsonSerializer.Serialize(item)|]);""" },
    };

    public static TheoryData<string, string> Silent => new()
    {
        // the value itself, serialized once
        { """app.MapGet("/", () => Results.Ok(new Item(1, "a")));""", "" },
        { """app.MapGet("/", () => Results.Json(new { a = 1 }));""", "" },
        // JSON text sent as text with a JSON content type: VRS0102's silence kept
        { """app.MapGet("/", () => Results.Text(JsonSerializer.Serialize(new { a = 1 }), "application/json"));""", "" },
        { """app.MapGet("/", () => Results.Content(JsonSerializer.Serialize(new { a = 1 }), "application/json"));""", "" },
        // text that is not JSON, a string that is not the value
        { """app.MapGet("/", () => Results.Ok("plain words"));""", "" },
        { """app.MapGet("/", () => Results.Ok(JsonSerializer.Serialize(new { a = 1 }).Length));""", "" },
        { """app.MapPost("/", () => Results.Created(JsonSerializer.Serialize(new { a = 1 }), new Item(1, "a")));""", "" },
        // a local assigned twice
        { """app.MapGet("/", (bool b) => { var s = JsonSerializer.Serialize(1); if (b) s = "x"; return Results.Ok(s); });""", "" },
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string statements, string members) => ApiVerify.StatementsAsync(Descriptors.ResultJsonEncodedTwice, statements, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string statements, string members) => ApiVerify.StatementsAsync(Descriptors.ResultJsonEncodedTwice, statements, members);

    [Fact]
    public Task MessageSaysWhatIsSerializedTwice() => ApiVerify.StatementsAsync(Descriptors.ResultJsonEncodedTwice, 
        """app.MapGet("/api", () => Results.Ok({|#0:JsonSerializer.Serialize(1)|}));""",
        "",
        new DiagnosticResult(Descriptors.ResultJsonEncodedTwice).WithLocation(0)
            .WithArguments("/api", "the value of Results.Ok is JSON text (JsonSerializer.Serialize) and is serialized again, as one JSON string"));
}
