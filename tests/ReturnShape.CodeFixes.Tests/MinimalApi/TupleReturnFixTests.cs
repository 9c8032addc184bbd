using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.CodeFixes.MinimalApi;

namespace ReturnShape.CodeFixes.Tests.MinimalApi;

public class TupleReturnFixTests
{
    private static Task VerifyAsync(string source, string fixedSource, string? key = TupleReturnCodeFixProvider.ResultsKey, bool withViews = false) =>
        ApiFix.VerifyAsync<MinimalApiAnalyzer, TupleReturnCodeFixProvider>(ApiFix.InConfigure(source), ApiFix.InConfigure(fixedSource), key, withViews);

    [Fact]
    public Task TextAndStatusBecomeResultsText() => VerifyAsync(
        """app.MapGet("/", () => [|("Not found", 404)|]);""",
        """app.MapGet("/", () => Results.Text("Not found", statusCode: 404));""");

    [Fact]
    public Task ADataBodyBecomesResultsJson() => VerifyAsync(
        """app.MapPost("/", () => [|(new Dictionary<string, int> { ["id"] = 7 }, 201)|]);""",
        """app.MapPost("/", () => Results.Json(new Dictionary<string, int> { ["id"] = 7 }, statusCode: 201));""");

    [Fact]
    public Task AnHttpStatusCodeIsCast() => VerifyAsync(
        """app.MapGet("/", () => [|("gone", HttpStatusCode.Gone)|]);""",
        """app.MapGet("/", () => Results.Text("gone", statusCode: (int)HttpStatusCode.Gone));""");

    [Fact]
    public Task EveryArmOfAnObjectHandlerIsFixed() => VerifyAsync(
        """app.MapGet("/{id}", object (int id) => id == 0 ? [|("none", 404)|] : [|("one", 200)|]);""",
        """app.MapGet("/{id}", object (int id) => id == 0 ? Results.Text("none", statusCode: 404) : Results.Text("one", statusCode: 200));""");

    [Fact]
    public Task AnAsyncHandlerIsFixed() => VerifyAsync(
        """
        app.MapGet("/", async () =>
                {
                    await Task.Yield();
                    return [|("done" /* text */, 202)|];
                });
        """,
        """
        app.MapGet("/", async () =>
                {
                    await Task.Yield();
                    return Results.Text("done" /* text */, statusCode: 202);
                });
        """);

    [Fact]
    public Task AnOperandOfCoalesceIsFixedWhereTheOtherTakesAResult() => VerifyAsync(
        """app.MapGet("/", object () => { object? cached = null; return cached ?? [|("x", 404)|]; });""",
        """app.MapGet("/", object () => { object? cached = null; return cached ?? Results.Text("x", statusCode: 404); });""");

    [Fact]
    public async Task NoFixForAnOperandOfCoalesceWhoseOtherIsATuple()
    {
        // m ?? Results.Text(...) does not compile for a (string, int)? m, though the handler returns object.
        var source = ApiFix.InConfigure("""app.MapGet("/", object () => { (string, int)? m = null; return m ?? [|("x", 404)|]; });""");
        var test = ApiFix.Test<MinimalApiAnalyzer, TupleReturnCodeFixProvider>(withViews: false);
        test.TestCode = source;
        test.FixedCode = source;
        await test.RunAsync();
    }

    [Fact]
    public Task AReturnedLocalIsRewrittenAtItsInitializer() => VerifyAsync(
        """
        app.MapGet("/busy", () =>
                {
                    var busy = ("busy", 503); // while the queue drains
                    return [|busy|];
                });
        """,
        """
        app.MapGet("/busy", () =>
                {
                    var busy = Results.Text("busy", statusCode: 503); // while the queue drains
                    return busy;
                });
        """);

    [Fact]
    public Task ALocalOfATupleTypeBecomesVarAndEveryReturnOfItIsFixedAtOnce() => VerifyAsync(
        """
        app.MapGet("/{id}", object (int id) =>
                {
                    (Dictionary<string, int> Body, HttpStatusCode Status) missing = ((new Dictionary<string, int> { ["id"] = id }, HttpStatusCode.NotFound));
                    if (id < 0)
                    {
                        return [|missing|];
                    }

                    return [|missing|];
                });
        """,
        """
        app.MapGet("/{id}", object (int id) =>
                {
                    var missing = (Results.Json(new Dictionary<string, int> { ["id"] = id }, statusCode: (int)HttpStatusCode.NotFound));
                    if (id < 0)
                    {
                        return missing;
                    }

                    return missing;
                });
        """);

    [Theory]
    // Written after its initializer: the value returned is not the one built there.
    [InlineData("""app.MapGet("/", () => { var busy = ("busy", 503); busy.Item2 = 500; return [|busy|]; });""")]
    [InlineData("""app.MapGet("/", () => { var busy = ("busy", 503); busy = ("idle", 200); return [|busy|]; });""")]
    // Read as a tuple too: an IResult has no Item1.
    [InlineData("""app.MapGet("/", object (bool b) => { var busy = ("busy", 503); if (b) return busy.Item1; return [|busy|]; });""")]
    [InlineData("""app.MapGet("/", object () => { var busy = ("busy", 503); Func<(string, int)> later = () => busy; return [|busy|]; });""")]
    // Declared beside another local, which keeps the tuple type.
    [InlineData("""app.MapGet("/", object () => { (string, int) busy = ("busy", 503), idle = ("idle", 200); return [|busy|]; });""")]
    // Declared outside the handler: other code may read it.
    [InlineData("""var busy = ("busy", 503); app.MapGet("/", () => [|busy|]);""")]
    // An inferred lambda with two returns: both would have to change type together.
    [InlineData("""app.MapGet("/", (bool b) => { var busy = ("busy", 503); if (b) return [|busy|]; return [|("idle", 200)|]; });""")]
    public async Task NoFixForALocalThatIsNotOnlyReturned(string statement)
    {
        var source = ApiFix.InConfigure(statement);
        var test = ApiFix.Test<MinimalApiAnalyzer, TupleReturnCodeFixProvider>(withViews: false);
        test.TestCode = source;
        test.FixedCode = source;
        await test.RunAsync();
    }

    [Fact]
    public Task ResultsIsImportedWhenMissing() => ApiFix.VerifyAsync<MinimalApiAnalyzer, TupleReturnCodeFixProvider>(
        ApiFix.InConfigure("""Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapGet(app, "/", () => [|("x", 404)|]);""", "using Microsoft.AspNetCore.Routing;\n\n"),
        ApiFix.InConfigure("""Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapGet(app, "/", () => Results.Text("x", statusCode: 404));""",
            ApiFix.UsingsPlus("Microsoft.AspNetCore.Http", "using Microsoft.AspNetCore.Routing;\n\n")),
        TupleReturnCodeFixProvider.ResultsKey);

    [Fact]
    public Task MapGetBecomesMapView() => ApiFix.VerifyAsync<MinimalApiAnalyzer, TupleReturnCodeFixProvider>(
        ApiFix.InConfigure("""app.MapGet("/", () => [|("Not found", 404)|]);"""),
        ApiFix.InConfigure("""app.MapView("/", () => ("Not found", 404));""", ApiFix.UsingsPlus("ReturnShape.AspNetCore")),
        TupleReturnCodeFixProvider.MapViewKey,
        withViews: true);

    [Fact]
    public Task MapPostBecomesMapViewWithItsMethod() => ApiFix.VerifyAsync<MinimalApiAnalyzer, TupleReturnCodeFixProvider>(
        ApiFix.InConfigure("""app.MapGroup("/api").MapPost("/items", (int id) => id > 0 ? [|("created", 201)|] : [|("bad", 400)|]);"""),
        ApiFix.InConfigure("""app.MapGroup("/api").MapView("/items", new[] { "POST" }, (int id) => id > 0 ? ("created", 201) : ("bad", 400));""",
            ApiFix.UsingsPlus("ReturnShape.AspNetCore")),
        TupleReturnCodeFixProvider.MapViewKey,
        withViews: true);

    [Fact]
    public async Task NoResultsFixWhereTheHandlerCannotReturnAResult()
    {
        // Two arms of an inferred lambda: one IResult arm and one tuple arm would not compile.
        var source = ApiFix.InConfigure("""app.MapGet("/{id}", (int id) => id == 0 ? [|("none", 404)|] : [|("one", 200)|]);""");
        var test = ApiFix.Test<MinimalApiAnalyzer, TupleReturnCodeFixProvider>(withViews: false);
        test.TestCode = source;
        test.FixedCode = source;
        test.CodeActionEquivalenceKey = TupleReturnCodeFixProvider.ResultsKey;
        await test.RunAsync();
    }

    [Fact]
    public Task MapMethodsBecomesMapViewWithItsMethods() => ApiFix.VerifyAsync<MinimalApiAnalyzer, TupleReturnCodeFixProvider>(
        ApiFix.InConfigure("""app.MapMethods("/", new[] { "GET", "PUT" }, () => [|("ok", 200)|]);"""),
        ApiFix.InConfigure("""app.MapView("/", new[] { "GET", "PUT" }, () => ("ok", 200));""", ApiFix.UsingsPlus("ReturnShape.AspNetCore")),
        TupleReturnCodeFixProvider.MapViewKey,
        withViews: true);

    [Theory]
    [InlineData("""app.MapGet("/", () => [|("x", 404)|]);""", false)]
    [InlineData("""app.Map("/", () => [|("x", 404)|]);""", true)]
    [InlineData("""Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapGet(app, "/", () => [|("x", 404)|]);""", true)]
    public async Task NoMapViewWithoutReturnShapeAspNetCoreOrWhereMapViewHasNoForm(string statement, bool withViews)
    {
        var source = ApiFix.InConfigure(statement);
        var test = ApiFix.Test<MinimalApiAnalyzer, TupleReturnCodeFixProvider>(withViews);
        test.TestCode = source;
        test.FixedCode = source;
        test.CodeActionEquivalenceKey = TupleReturnCodeFixProvider.MapViewKey;
        await test.RunAsync();
    }
}
