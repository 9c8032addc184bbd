using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.Testing;

namespace ReturnShape.Analyzers.Tests.MinimalApi;

public class VRS0106Tests
{
    public static TheoryData<string, string> Firing => new()
    {
        { """app.MapGet("/", () => Results.StatusCode([|302|]));""", "" },
        { """app.MapGet("/", () => Results.Text("moved", statusCode: [|301|]));""", "" },
        { """app.MapGet("/", () => TypedResults.StatusCode([|StatusCodes.Status307TemporaryRedirect|]));""", "" },
        { """app.MapPost("/", () => Results.Json(new { a = 1 }, statusCode: [|303|]));""", "" },
        { "", """static IResult Helper() => Results.StatusCode([|308|]);""" },
    };

    public static TheoryData<string, string> Silent => new()
    {
        { """app.MapGet("/", () => Results.Redirect("/login"));""", "" },
        { """app.MapGet("/", () => Results.LocalRedirect("/login", permanent: true));""", "" },
        { """app.MapGet("/", () => Results.StatusCode(304));""", "" },
        { """app.MapGet("/", () => Results.StatusCode(300));""", "" },
        // Location set on the response first
        { """app.MapGet("/", (HttpContext context) => { context.Response.Headers.Location = "/login"; return Results.StatusCode(302); });""", "" },
        { """app.MapGet("/", (HttpResponse response) => { response.Headers["Location"] = "/login"; return Results.StatusCode(302); });""", "" },
        // the context is given to a helper that may set it
        { """app.MapGet("/", (HttpContext context) => { SetLocation(context); return Results.StatusCode(302); });""", """static void SetLocation(HttpContext context) { }""" },
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string statements, string members) => ApiVerify.StatementsAsync(Descriptors.RedirectResult, statements, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string statements, string members) => ApiVerify.StatementsAsync(Descriptors.RedirectResult, statements, members);

    [Fact]
    public Task MessageNamesTheStatus() => ApiVerify.StatementsAsync(Descriptors.RedirectResult, 
        """app.MapGet("/old", () => Results.StatusCode({|#0:302|}));""",
        "",
        new DiagnosticResult(Descriptors.RedirectResult).WithLocation(0)
            .WithArguments("/old", "Results.StatusCode answers 302 and nothing sets the Location header"));
}
