using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.CodeFixes.MinimalApi;

namespace ReturnShape.CodeFixes.Tests.MinimalApi;

/// <summary>The fix of VRS0108: the value itself is passed, serialized once by the result.</summary>
public class ResultJsonEncodedTwiceFixTests
{
    private static Task VerifyAsync(string source, string fixedSource) =>
        ApiFix.VerifyAsync<MinimalApiAnalyzer, ResultJsonEncodedTwiceCodeFixProvider>(
            ApiFix.InConfigure(source), ApiFix.InConfigure(fixedSource), ResultJsonEncodedTwiceCodeFixProvider.Key);

    [Fact]
    public Task TheSerializedValueIsPassedItself() => VerifyAsync(
        """app.MapGet("/", () => Results.Ok([|JsonSerializer.Serialize(new { a = 1 })|]));""",
        """app.MapGet("/", () => Results.Ok(new { a = 1 }));""");

    [Fact]
    public Task EveryResultThatSerializesItsValue() => VerifyAsync(
        """app.MapPost("/", (bool b) => b ? Results.Created("/items/1", [|JsonSerializer.Serialize(new { id = 1 })|]) : TypedResults.Json([|JsonSerializer.Serialize(new { id = 2 })|], statusCode: 202));""",
        """app.MapPost("/", (bool b) => b ? Results.Created("/items/1", new { id = 1 }) : TypedResults.Json(new { id = 2 }, statusCode: 202));""");

    [Fact]
    public Task AJsonNodeIsPassedItself() => VerifyAsync(
        """app.MapGet("/", () => Results.Ok([|System.Text.Json.Nodes.JsonNode.Parse("{}")!.ToJsonString()|]));""",
        """app.MapGet("/", () => Results.Ok(System.Text.Json.Nodes.JsonNode.Parse("{}")!));""");

    [Theory]
    [InlineData("""app.MapGet("/", () => Results.Ok([|"{\"id\": 1}"|]));""")]
    [InlineData("""app.MapGet("/", () => Results.Ok([|JsonSerializer.Serialize(new { a = 1 }, new JsonSerializerOptions { WriteIndented = true })|]));""")]
    [InlineData("""app.MapGet("/", () => { var json = JsonSerializer.Serialize(new { a = 1 }); return Results.Ok([|json|]); });""")]
    public Task NoFixWhereTheObjectIsNotInSight(string statement) => VerifyAsync(statement, statement);
}
