using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.Testing;

namespace ReturnShape.Analyzers.Tests.MinimalApi;

public class VRS0101Tests
{
    public static TheoryData<string, string> Firing => new()
    {
        // the example
        { """app.MapGet("/", () => [|("Not found", 404)|]);""", "" },
        // every verb, and MapMethods / Map
        { """app.MapPost("/", () => [|("created", 201)|]);""", "" },
        { """app.MapPut("/", () => [|("ok", 200)|]);""", "" },
        { """app.MapDelete("/", () => [|("gone", 410)|]);""", "" },
        { """app.MapPatch("/", () => [|("ok", 200)|]);""", "" },
        { """app.MapMethods("/", new[] { "GET" }, () => [|("ok", 200)|]);""", "" },
        { """app.Map("/", () => [|("ok", 200)|]);""", "" },
        // on a MapGroup result
        { """var api = app.MapGroup("/api"); api.MapGet("/x", () => [|("ok", 201)|]);""", "" },
        { """app.MapGroup("/api").MapGroup("/v1").MapGet("/x", () => [|("ok", 201)|]);""", "" },
        // three elements, headers
        { """app.MapGet("/", () => [|("ok", 200, new Dictionary<string, string> { ["X-A"] = "1" })|]);""", "" },
        // a named tuple, a dictionary body, an HttpStatusCode
        { """app.MapGet("/", () => [|(Name: "x", Age: 3)|]);""", "" },
        { """app.MapGet("/", () => [|(new Dictionary<string, int> { ["a"] = 1 }, 404)|]);""", "" },
        { """app.MapGet("/", () => [|("missing", HttpStatusCode.NotFound)|]);""", "" },
        // block body, each arm of a conditional and a switch
        { """app.MapGet("/{id}", (int id) => { if (id == 0) { return [|("none", 404)|]; } return [|("one", 200)|]; });""", "" },
        { """app.MapGet("/{id}", (int id) => id > 0 ? [|("ok", 200)|] : [|("none", 404)|]);""", "" },
        { """app.MapGet("/{id}", (int id) => id switch { 0 => [|("zero", 404)|], _ => [|("many", 200)|] });""", "" },
        // async lambdas, Task and ValueTask
        { """app.MapGet("/", async () => { await Task.Yield(); return [|("ok", 202)|]; });""", "" },
        { """app.MapGet("/", async ValueTask<(string, int)> () => { await Task.Yield(); return [|("ok", 202)|]; });""", "" },
        // an explicit return type object
        { """app.MapGet("/", object () => [|("ok", 202)|]);""", "" },
        // a local assigned once
        { """app.MapGet("/", () => { var r = ("ok", 202); return [|r|]; });""", "" },
        // a local function and a method group
        { """(string, int) Local() => [|("ok", 202)|]; app.MapGet("/", Local);""", "" },
        { """app.MapGet("/", Handler);""", """static (string, int) Handler() => [|("ok", 202)|];""" },
        { """app.MapGet("/", Handler);""", """static async Task<(string, int)> Handler() { await Task.Yield(); return [|("ok", 202)|]; }""" },
    };

    public static TheoryData<string, string> Silent => new()
    {
        { """app.MapGet("/", () => Results.Text("Not found", statusCode: 404));""", "" },
        { """app.MapGet("/", () => TypedResults.NotFound("Not found"));""", "" },
        { """app.MapGet("/", () => "ok");""", "" },
        { """app.MapGet("/", () => new Item(1, "a"));""", "" },
        { """app.MapGet("/", () => new { Name = "x", Age = 3 });""", "" },
        // a tuple inside a record or a list is data, serialized with everything else
        { """app.MapGet("/", () => new[] { ("a", 1) }.Select(t => new { t.Item1, t.Item2 }));""", "" },
        // a tuple a nested lambda returns is not the handler's
        { """app.MapGet("/", () => { Func<(string, int)> f = () => ("a", 1); return f().Item1; });""", "" },
        // a tuple deconstructed before the return
        { """app.MapGet("/", () => { var (body, status) = ("ok", 200); return Results.Text(body, statusCode: status); });""", "" },
        // not a route handler
        { "", """static (string, int) NotAHandler() => ("ok", 202);""" },
        // RequestDelegate overload: returns a Task, writes the response itself
        { """app.Map("/", async (HttpContext context) => await context.Response.WriteAsync("ok"));""", "" },
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string statements, string members) => ApiVerify.StatementsAsync(Descriptors.TupleReturn, statements, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string statements, string members) => ApiVerify.StatementsAsync(Descriptors.TupleReturn, statements, members);

    [Fact]
    public Task MessageNamesTheRouteAndTheTuple() => ApiVerify.StatementsAsync(Descriptors.TupleReturn, 
        """{|#1:app.MapGet("/users/{id}", (int id) => {|#0:("Not found", 404)|})|};""",
        "",
        // The additional location is the Map call, which the code fix rewrites.
        new DiagnosticResult(Descriptors.TupleReturn).WithLocation(0).WithLocation(1)
            .WithMessage("The route handler '/users/{id}' sends a response that is probably not the one meant: the tuple (string, int) is sent as 200 application/json with the body {} (VRS0101). "
                + "Minimal APIs do not read response tuples: return Results.Text(body, statusCode: status) or Results.Json(body, statusCode: status)."));

    [Fact]
    public Task AMethodGroupMappedTwiceIsReportedOnce() => ApiVerify.StatementsAsync(Descriptors.TupleReturn, 
        """app.MapGet("/a", Handler); app.MapGet("/b", Handler);""",
        """static (string, int) Handler() => [|("ok", 202)|];""");
}
