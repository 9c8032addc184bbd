using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.CodeFixes.MinimalApi;

namespace ReturnShape.CodeFixes.Tests.MinimalApi;

/// <summary>The fixes of VRS0102, VRS0103, VRS0105 and VRS0107.</summary>
public class ResultFixTests
{
    private static Task VerifyAsync<TAnalyzer, TCodeFix>(string source, string fixedSource, string? key = null)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
        where TCodeFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new() =>
        ApiFix.VerifyAsync<TAnalyzer, TCodeFix>(ApiFix.InConfigure(source), ApiFix.InConfigure(fixedSource), key);

    [Fact]
    public Task ASerializedStringBecomesResultsJson() => VerifyAsync<MinimalApiAnalyzer, JsonAsPlainTextCodeFixProvider>(
        """app.MapGet("/", () => [|JsonSerializer.Serialize(new { a = 1 })|]);""",
        """app.MapGet("/", () => Results.Json(new { a = 1 }));""");

    [Fact]
    public Task SerializerOptionsAreKept() => VerifyAsync<MinimalApiAnalyzer, JsonAsPlainTextCodeFixProvider>(
        """app.MapGet("/", async () => { await Task.Yield(); return [|JsonSerializer.Serialize(new { a = 1 }, new JsonSerializerOptions { WriteIndented = true })|]; });""",
        """app.MapGet("/", async () => { await Task.Yield(); return Results.Json(new { a = 1 }, new JsonSerializerOptions { WriteIndented = true }); });""");

    [Fact]
    public Task AJsonNodeIsPassedItself() => VerifyAsync<MinimalApiAnalyzer, JsonAsPlainTextCodeFixProvider>(
        """app.MapGet("/", () => [|System.Text.Json.Nodes.JsonNode.Parse("{}")!.ToJsonString()|]);""",
        """app.MapGet("/", () => Results.Json(System.Text.Json.Nodes.JsonNode.Parse("{}")!));""");

    [Fact]
    public Task AJsonLiteralGetsTheJsonContentType() => VerifyAsync<MinimalApiAnalyzer, JsonAsPlainTextCodeFixProvider>(
        """app.MapGet("/", () => [|"{\"id\": 1}"|]);""",
        """app.MapGet("/", () => Results.Text("{\"id\": 1}", contentType: "application/json"));""");

    [Fact]
    public Task ResultsTextOfASerializedValueBecomesResultsJson() => VerifyAsync<MinimalApiAnalyzer, JsonAsPlainTextCodeFixProvider>(
        """app.MapGet("/", () => Results.Text([|JsonSerializer.Serialize(new { a = 1 })|], statusCode: 201));""",
        """app.MapGet("/", () => Results.Json(new { a = 1 }, statusCode: 201));""");

    [Fact]
    public Task TypedResultsTextGetsTheJsonContentType() => VerifyAsync<MinimalApiAnalyzer, JsonAsPlainTextCodeFixProvider>(
        """app.MapGet("/", () => TypedResults.Text([|JsonSerializer.Serialize(new { a = 1 })|]));""",
        """app.MapGet("/", () => TypedResults.Text(JsonSerializer.Serialize(new { a = 1 }), contentType: "application/json"));""");

    [Fact]
    public Task ANullContentTypeIsReplaced() => VerifyAsync<MinimalApiAnalyzer, JsonAsPlainTextCodeFixProvider>(
        """app.MapGet("/", () => { var json = "[1, 2]"; return Results.Content([|json|], null, null, 200); });""",
        """app.MapGet("/", () => { var json = "[1, 2]"; return Results.Content(json, "application/json", null, 200); });""");

    [Fact]
    public Task NullBecomesNotFound() => VerifyAsync<MinimalApiAnalyzer, NullReturnCodeFixProvider>(
        """app.MapGet("/", object? () => [|null|]); app.MapGet("/b", async Task<object?> () => { await Task.Yield(); return [|null|]; });""",
        """app.MapGet("/", object? () => Results.NotFound()); app.MapGet("/b", async Task<object?> () => { await Task.Yield(); return Results.NotFound(); });""",
        NullReturnCodeFixProvider.NotFoundKey);

    [Fact]
    public Task NullBecomesNoContent() => VerifyAsync<MinimalApiAnalyzer, NullReturnCodeFixProvider>(
        """app.MapDelete("/", IResult? () => [|null|]);""",
        """app.MapDelete("/", IResult? () => Results.NoContent());""",
        NullReturnCodeFixProvider.NoContentKey);

    [Fact]
    public Task ABodyWithNoContentIsDropped() => VerifyAsync<MinimalApiAnalyzer, BodilessStatusResultCodeFixProvider>(
        """app.MapGet("/", () => Results.Text("deleted", statusCode: [|204|])); app.MapGet("/b", () => Results.Json(new { a = 1 }, statusCode: [|StatusCodes.Status304NotModified|]));""",
        """app.MapGet("/", () => Results.StatusCode(204)); app.MapGet("/b", () => Results.StatusCode(StatusCodes.Status304NotModified));""");

    [Fact]
    public Task ASetCookieAssignmentBecomesAppend() => VerifyAsync<MinimalApiAnalyzer, SetCookieOverwriteCodeFixProvider>(
        """app.MapGet("/", (HttpContext c) => { c.Response.Cookies.Append("a", "1"); [|c.Response.Headers["Set-Cookie"] = "b=2"|]; [|c.Response.Headers.SetCookie = "d=4"|]; return "ok"; });""",
        """app.MapGet("/", (HttpContext c) => { c.Response.Cookies.Append("a", "1"); c.Response.Headers.Append("Set-Cookie", "b=2"); c.Response.Headers.Append("Set-Cookie", "d=4"); return "ok"; });""");

    // s ?? Results.NotFound() and s ?? Results.Json(x) do not compile for a string s, though the handler returns object.
    [Fact]
    public Task NoNullFixForAnOperandOfCoalesceWithAString() => VerifyAsync<MinimalApiAnalyzer, NullReturnCodeFixProvider>(
        """app.MapGet("/", object? () => { string? s = null; return s ?? [|null|]; });""",
        """app.MapGet("/", object? () => { string? s = null; return s ?? [|null|]; });""");

    [Fact]
    public Task NoJsonFixForAnOperandOfCoalesceWithAString() => VerifyAsync<MinimalApiAnalyzer, JsonAsPlainTextCodeFixProvider>(
        """app.MapGet("/", object () => { string? s = null; return s ?? [|JsonSerializer.Serialize(1)|]; });""",
        """app.MapGet("/", object () => { string? s = null; return s ?? [|JsonSerializer.Serialize(1)|]; });""");
}
