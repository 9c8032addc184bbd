using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.CodeFixes.MinimalApi;

namespace ReturnShape.CodeFixes.Tests.MinimalApi;

/// <summary>
/// The VRS0101 fix of a method or local function declared with a tuple return type and mapped as a
/// method group: the declared type becomes IResult and every return is rewritten, or nothing is.
/// </summary>
public class TupleReturnDeclaredTypeFixTests
{
    /// <summary>A source: the usings, <paramref name="statements"/> in Configure, <paramref name="members"/> beside it.</summary>
    private static string Source(string statements, string members, string usings = ApiFix.Usings) =>
        usings + "public static class Api\n{\n    public static void Configure(IEndpointRouteBuilder app)\n    {\n        " + statements + "\n    }\n\n    " + members + "\n}\n";

    private static Task VerifyAsync(string statements, string members, string fixedStatements, string fixedMembers) =>
        RunAsync(Source(statements, members), Source(fixedStatements, fixedMembers), TupleReturnCodeFixProvider.ResultsKey);

    private static Task NoFixAsync(string statements, string members)
    {
        var source = Source(statements, members);
        return RunAsync(source, source, null);
    }

    private static Task RunAsync(string source, string fixedSource, string? key)
    {
        var test = ApiFix.Test<MinimalApiAnalyzer, TupleReturnCodeFixProvider>(withViews: false);
        test.TestCode = source;
        test.FixedCode = fixedSource;
        test.CodeActionEquivalenceKey = key;
        // The analyzer reads a method group's body from the Map call, so a diagnostic in a method
        // beside Configure is non-local to the analysis that reports it (a build, dotnet format and
        // full-solution analysis see it; an editor's per-member analysis may not).
        test.CodeFixTestBehaviors |= Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
        return test.RunAsync();
    }

    [Fact]
    public Task AMethodDeclaresIResult() => VerifyAsync(
        """app.MapGet("/orders/missing", Missing);""",
        """private static (string, int) /* not found */ Missing() => [|("no such order", 404)|];""",
        """app.MapGet("/orders/missing", Missing);""",
        """private static IResult /* not found */ Missing() => Results.Text("no such order", statusCode: 404);""");

    [Fact]
    public Task ALocalFunctionDeclaresIResult() => VerifyAsync(
        """
        app.MapGet("/orders/late", Late);

                (string, int) Late() => [|("late", 202)|];
        """,
        "",
        """
        app.MapGet("/orders/late", Late);

                IResult Late() => Results.Text("late", statusCode: 202);
        """,
        "");

    [Fact]
    public Task AnAsyncMethodDeclaresATaskOfIResult() => VerifyAsync(
        """app.MapGet("/slow", Slow); app.MapPost("/made", Made);""",
        """
        private static async Task<(string Body, int Status)> Slow()
            {
                await Task.Yield();
                return [|("slow", 202)|];
            }

            private static async System.Threading.Tasks.ValueTask<(Dictionary<string, int>, HttpStatusCode)> Made()
            {
                await Task.Yield();
                return [|(new Dictionary<string, int> { ["id"] = 7 }, HttpStatusCode.Created)|];
            }
        """,
        """app.MapGet("/slow", Slow); app.MapPost("/made", Made);""",
        """
        private static async Task<IResult> Slow()
            {
                await Task.Yield();
                return Results.Text("slow", statusCode: 202);
            }

            private static async System.Threading.Tasks.ValueTask<IResult> Made()
            {
                await Task.Yield();
                return Results.Json(new Dictionary<string, int> { ["id"] = 7 }, statusCode: (int)HttpStatusCode.Created);
            }
        """);

    [Fact]
    public Task EveryReturnIsRewrittenByTheFixOfAnyOne() => VerifyAsync(
        """app.MapGet("/items/{id}", Find); app.MapGet("/things/{id}", Find);""",
        """
        private static (string, int) Find(int id)
            {
                if (id < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(id));
                }

                (string, int) missing = ("none", 404);
                if (id == 0)
                {
                    return [|missing|];
                }

                return id == 1 ? [|("one", 200)|] : id switch { 2 => [|("two", 200)|], _ => [|("many", 200)|] };
            }
        """,
        """app.MapGet("/items/{id}", Find); app.MapGet("/things/{id}", Find);""",
        """
        private static IResult Find(int id)
            {
                if (id < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(id));
                }

                var missing = Results.Text("none", statusCode: 404);
                if (id == 0)
                {
                    return missing;
                }

                return id == 1 ? Results.Text("one", statusCode: 200) : id switch { 2 => Results.Text("two", statusCode: 200), _ => Results.Text("many", statusCode: 200) };
            }
        """);

    [Fact]
    public Task TheHttpNamespaceIsImportedForIResult() => RunAsync(
        Source("""app.MapGet("/x", Missing);""", """private static (string, int) Missing() => [|("no", 404)|];""", "using Microsoft.AspNetCore.Builder;\nusing Microsoft.AspNetCore.Routing;\n\n"),
        Source("""app.MapGet("/x", Missing);""", """private static IResult Missing() => Results.Text("no", statusCode: 404);""",
            ApiFix.UsingsPlus("Microsoft.AspNetCore.Http", "using Microsoft.AspNetCore.Builder;\nusing Microsoft.AspNetCore.Routing;\n\n")),
        TupleReturnCodeFixProvider.ResultsKey);

    [Theory]
    // Other code may call it for its tuple: a public method, a call, a delegate that is not a handler.
    [InlineData("""app.MapGet("/x", Missing);""", """public static (string, int) Missing() => [|("no", 404)|];""")]
    [InlineData("""app.MapGet("/x", Missing); Console.WriteLine(Missing().Item1);""", """private static (string, int) Missing() => [|("no", 404)|];""")]
    [InlineData("""app.MapGet("/x", Missing); Func<(string, int)> later = Missing;""", """private static (string, int) Missing() => [|("no", 404)|];""")]
    [InlineData("""app.MapGet("/x", Late); var (text, _) = Late(); (string, int) Late() => [|("late", 202)|];""", "")]
    // A return the fix cannot rewrite keeps the tuple type for all of them.
    [InlineData("""app.MapGet("/x", Missing);""", """private static (string, int) Missing(bool b) { if (b) return [|default|]; return [|("no", 404)|]; }""")]
    [InlineData("""app.MapGet("/x", Missing);""", """private static (string, int) Missing() => [|Other()|]; private static (string, int) Other() => ("no", 404);""")]
    [InlineData("""app.MapGet("/x", Missing);""", """private static (string, int) Missing(bool b) { var t = ("no", 404); if (b) t.Item2 = 410; return [|t|]; }""")]
    // Elements typed by the declaration: default and null have no type of their own.
    [InlineData("""app.MapGet("/x", Missing);""", """private static (string, int) Missing() => [|(default, 404)|];""")]
    [InlineData("""app.MapGet("/x", Missing);""", """private static (string?, int) Missing() => [|(null, 404)|];""")]
    // The other operand of ?? is a tuple still.
    [InlineData("""app.MapGet("/x", Missing);""", """private static (string, int) Missing((string, int)? cached) => cached ?? [|("no", 404)|];""")]
    // A type the tuple is spelled through.
    [InlineData("""app.MapGet("/x", Missing);""", """private static (string, int)? Missing() => [|("no", 404)|];""")]
    public Task NoFixWhereTheDeclaredTypeMustStay(string statements, string members) => NoFixAsync(statements, members);
}
