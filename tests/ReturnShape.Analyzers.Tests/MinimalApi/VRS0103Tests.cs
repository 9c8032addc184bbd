using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.Testing;

namespace ReturnShape.Analyzers.Tests.MinimalApi;

public class VRS0103Tests
{
    public static TheoryData<string, string> Firing => new()
    {
        { """app.MapGet("/", object? () => [|null|]);""", "" },
        { """app.MapGet("/", string? () => [|null|]);""", "" },
        { """app.MapGet("/", Item? () => [|default|]);""", "" },
        { """app.MapGet("/", int? () => [|null|]);""", "" },
        { """app.MapGet("/", IResult? () => [|null|]);""", "" },
        { """app.MapGet("/{id}", (int id) => id > 0 ? new Item(id, "a") : [|null|]);""", "" },
        { """app.MapGet("/{id}", (int id) => { if (id > 0) { return new Item(id, "a"); } return [|null|]; });""", "" },
        { """app.MapGet("/", async Task<object?> () => { await Task.Yield(); return [|null|]; });""", "" },
        { """app.MapGet("/", Find);""", """static Item? Find() => [|null|];""" },
        { """Item? Local() => [|null|]; app.MapGet("/", Local);""", "" },
    };

    public static TheoryData<string, string> Silent => new()
    {
        { """app.MapGet("/", () => Results.NotFound());""", "" },
        { """app.MapGet("/{id}", (int id) => id > 0 ? Results.Ok(new Item(id, "a")) : Results.NotFound());""", "" },
        // a value that may be null is the caller's business: only a visible null is flagged
        { """app.MapGet("/{id}", (int id) => Lookup(id));""", """static Item? Lookup(int id) => id > 0 ? new Item(id, "a") : null;""" },
        { """app.MapGet("/{name}", (string? name) => name ?? "anonymous");""", "" },
        // nulls inside the handler that are not its return
        { """app.MapGet("/", () => new[] { "a", "" }.Select(x => x.Length == 0 ? null : x).ToList());""", "" },
        { """app.MapGet("/", () => { string? Find() => null; return Find() ?? "none"; });""", "" },
        { """app.MapGet("/", (string? s) => s ?? throw new ArgumentNullException(nameof(s)));""", "" },
        // void and Task handlers return nothing on purpose
        { """app.MapPost("/", (HttpContext context) => { context.Response.StatusCode = 204; });""", "" },
        { "", """static object? NotAHandler() => null;""" },
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string statements, string members) => ApiVerify.StatementsAsync(Descriptors.NullReturn, statements, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string statements, string members) => ApiVerify.StatementsAsync(Descriptors.NullReturn, statements, members);

    [Fact]
    public Task AnObjectNullIsSentAsJsonNull() => ApiVerify.StatementsAsync(Descriptors.NullReturn, 
        """app.MapGet("/item", object? () => {|#0:null|});""",
        "",
        new DiagnosticResult(Descriptors.NullReturn).WithLocation(0)
            .WithArguments("/item", "it returns null, which is sent as 200 application/json with the body null"));

    [Fact]
    public Task ANullStringFailsTheRequest() => ApiVerify.StatementsAsync(Descriptors.NullReturn, 
        """app.MapGet("/name", string? () => {|#0:null|});""",
        "",
        new DiagnosticResult(Descriptors.NullReturn).WithLocation(0)
            .WithArguments("/name", "it returns null as string?, which fails the request with 500"));
}
