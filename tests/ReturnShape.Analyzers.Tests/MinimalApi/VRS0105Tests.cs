using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.Testing;

namespace ReturnShape.Analyzers.Tests.MinimalApi;

public class VRS0105Tests
{
    public static TheoryData<string, string> Firing => new()
    {
        { """app.MapGet("/", () => Results.Text("body", statusCode: [|204|]));""", "" },
        { """app.MapGet("/", () => Results.Json(new { a = 1 }, statusCode: [|304|]));""", "" },
        { """app.MapGet("/", () => Results.Content("body", "text/plain", null, [|101|]));""", "" },
        { """app.MapGet("/", () => TypedResults.Text("body", statusCode: [|StatusCodes.Status204NoContent|]));""", "" },
        { """app.MapGet("/", () => Results.Problem(statusCode: [|204|]));""", "" },
        { "", """static IResult Helper(Item item) => Results.Json(item, statusCode: [|204|]);""" },
    };

    public static TheoryData<string, string> Silent => new()
    {
        { """app.MapGet("/", () => Results.NoContent());""", "" },
        { """app.MapGet("/", () => Results.StatusCode(204));""", "" },
        { """app.MapGet("/", () => Results.Text("body", statusCode: 200));""", "" },
        { """app.MapGet("/", () => Results.Text("", statusCode: 204));""", "" },
        { """app.MapGet("/", () => Results.Text((string?)null, statusCode: 304));""", "" },
        { """app.MapGet("/{code}", (int code) => Results.Text("body", statusCode: code));""", "" },
        // out of range is VRS0104's
        { """app.MapGet("/", () => Results.Text("body", statusCode: 99));""", "" },
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string statements, string members) => ApiVerify.StatementsAsync(Descriptors.BodilessStatusResult, statements, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string statements, string members) => ApiVerify.StatementsAsync(Descriptors.BodilessStatusResult, statements, members);

    [Fact]
    public Task MessageSaysWhatKestrelDoes() => ApiVerify.StatementsAsync(Descriptors.BodilessStatusResult, 
        """app.MapDelete("/items/{id}", (int id) => Results.Text("deleted", statusCode: {|#0:204|}));""",
        "",
        new DiagnosticResult(Descriptors.BodilessStatusResult).WithLocation(0)
            .WithArguments("/items/{id}", "Results.Text writes a body with the status 204: Kestrel fails the request with 500 instead"));

    [Theory]
    [InlineData("Results.Json(new { a = 1 }, statusCode: {|#0:204|})", "Results.Json writes a body with the status 204: the body is dropped")]
    [InlineData("Results.Json(new { a = 1 }, statusCode: {|#0:101|})", "Results.Json writes a body with the status 101: the body is sent after a 1xx status, which HTTP forbids")]
    [InlineData("Results.Text(\"x\", statusCode: {|#0:304|})", "Results.Text writes a body with the status 304: the body is dropped")]
    [InlineData("Results.Content(\"x\", statusCode: {|#0:204|})", "Results.Content writes a body with the status 204: Kestrel fails the request with 500 instead")]
    public Task MessageSaysWhatEachFactoryDoes(string result, string detail) => ApiVerify.StatementsAsync(Descriptors.BodilessStatusResult, 
        "app.MapGet(\"/r\", () => " + result + ");",
        "",
        new DiagnosticResult(Descriptors.BodilessStatusResult).WithLocation(0).WithArguments("/r", detail));
}
