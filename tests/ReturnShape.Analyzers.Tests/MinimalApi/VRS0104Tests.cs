using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.Testing;

namespace ReturnShape.Analyzers.Tests.MinimalApi;

public class VRS0104Tests
{
    public static TheoryData<string, string> Firing => new()
    {
        { """app.MapGet("/", () => Results.StatusCode([|99|]));""", "" },
        { """app.MapGet("/", () => Results.Text("x", statusCode: [|1000|]));""", "" },
        { """app.MapGet("/", () => TypedResults.StatusCode([|600|]));""", "" },
        { """app.MapGet("/", () => Results.Json(new { a = 1 }, statusCode: [|0|]));""", "" },
        { """app.MapGet("/", () => Results.Problem("x", statusCode: [|42|]));""", "" },
        { """app.MapGet("/", (HttpContext context) => { context.Response.StatusCode = [|1000|]; return "x"; });""", "" },
        { "", """const int Teapot = 4180; static IResult Helper() => Results.StatusCode([|Teapot|]);""" },
    };

    public static TheoryData<string, string> Silent => new()
    {
        { """app.MapGet("/", () => Results.StatusCode(418));""", "" },
        { """app.MapGet("/", () => Results.StatusCode(StatusCodes.Status100Continue));""", "" },
        { """app.MapGet("/", () => Results.Text("x", statusCode: 599));""", "" },
        { """app.MapGet("/{code}", (int code) => Results.StatusCode(code));""", "" },
        { """app.MapGet("/", (HttpContext context) => { context.Response.StatusCode = StatusCodes.Status404NotFound; return "x"; });""", "" },
        // a status that is not an HTTP response's
        { "", """static int Exit() { var process = new System.Diagnostics.ProcessStartInfo(); return 1000; }""" },
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string statements, string members) => ApiVerify.StatementsAsync(Descriptors.StatusRange, statements, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string statements, string members) => ApiVerify.StatementsAsync(Descriptors.StatusRange, statements, members);

    [Fact]
    public Task AHelperIsNamedByItsMember() => ApiVerify.StatementsAsync(Descriptors.StatusRange, 
        "",
        """static IResult Broken() => Results.StatusCode({|#0:99|});""",
        new DiagnosticResult(Descriptors.StatusRange).WithLocation(0)
            .WithMessage("The response of 'Broken' cannot be read by clients: the status 99 is outside 100..599 (VRS0104). An HTTP status is from 100 to 599: use a StatusCodes constant."));
}
