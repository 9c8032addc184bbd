using ReturnShape.Testing;

namespace ReturnShape.Analyzers.Tests;

/// <summary>The non-examples of docs/design/rules.md, and more valid neighbours: every analyzer together stays silent.</summary>
public class NonExampleTests
{
    private const string AspNetStub = """
        namespace Microsoft.AspNetCore.Http
        {
            public interface IResult { }
            public static class Results { public static IResult Ok() => new OkResult(); private sealed class OkResult : IResult { } }
        }
        """;

    public static TheoryData<string> Silent => new()
    {
        """[View("/")] public object A() { return "ok"; }""",
        """[View("/")] public object A() { return new Dictionary<string, object?> { ["id"] = 1, ["name"] = null }; }""",
        """[View("/")] public object A() { return new[] { 1, 2 }; }""",
        """[View("/")] public object A() { return ("ok", 201); }""",
        """[View("/")] public object A() { return ("ok", new Dictionary<string, string> { { "X-A", "1" } }); }""",
        """[View("/")] public object A(Headers headers) { return ("ok", 200, headers); }""",
        """[View("/")] public object A(Person x) { return Json(x); }""",
        """[View("/")] public object A() { return MakeResponse("ok", 201).SetCookie("session", "abc", httpOnly: true); }""",
        """[View("/")] public object A() { return Redirect("/login"); }""",
        """[View("/")] public object A() { return Microsoft.AspNetCore.Http.Results.Ok(); }""",
        """[View("/")] public object A() { return ("ok", "404 NOT FOUND"); }""",
        """[View("/")] public IEnumerable<string> A() { yield return "a"; yield return "b"; }""",
        """[View("/")] public object A() { object o = Get(); return o; } private static object Get() => "x";""",
        """[View("/")] public object A() { var names = new[] { "a", "" }.Select(x => x.Length == 0 ? null : x).ToList(); return names; }""",
        """public object? NotAView1() => null;""",
        """public object NotAView2() => ("ok", new Dictionary<string, string>(), 200);""",
        """public object NotAView3() => JsonSerializer.Serialize(1);""",
        """public void Configure() => Host.Map("/", () => "hello");""",
        """public void Configure() => Host.MapAsync("/", async () => { await Task.Yield(); return "hello"; });""",
        """[View("/")] public async Task<object> A() { await Task.Yield(); return ("created", 201, new Dictionary<string, string> { ["Location"] = "/items/1" }); }""",
        """[View("/")] public object A() => new HttpException(404, "no such item");""",
        """[View("/")] public object A() => (new byte[] { 1, 2 }, 200);""",
        """[View("/")] public object A() => (new System.IO.MemoryStream(), 200, new Headers { { "Content-Type", "application/octet-stream" } });""",
        """[View("/")] public object A() => ("ok", HttpStatusCode.Accepted);""",
        """[View("/")] public object A() => ("", 204);""",
        """[View("/")] public object A() => new System.Text.Json.Nodes.JsonObject { ["a"] = 1 };""",
        """[View("/")] public object A(bool b) => b ? "yes" : ("no", 404);""",
        """[View("/")] public object A(int id) => id switch { 0 => ("zero", 404), _ => Json(new { id }) };""",
        """[View("/")] public object A() => new Response("ok", 201, new Dictionary<string, string> { { "X-A", "1" } });""",
        """[View("/")] public object A() => Enumerable.Range(0, 3).Select(i => i.ToString());""",
    };

    [Theory]
    [MemberData(nameof(Silent))]
    public Task EveryAnalyzerIsSilent(string members)
    {
        var test = Verify.AllAnalyzersTest();
        test.TestCode = Source.InViews(members);
        test.TestState.Sources.Add(AspNetStub);
        return test.RunAsync();
    }

    [Fact]
    public async Task NothingIsRegisteredWithoutReturnShape()
    {
        // The same shapes, with a look-alike attribute: no ReturnShape reference, no diagnostic.
        var source = """
            namespace Other
            {
                [System.AttributeUsage(System.AttributeTargets.Method)] public sealed class ViewAttribute : System.Attribute { public ViewAttribute(string p) { } }
                public class Views
                {
                    [View("/")] public object? A() => null;
                    [View("/")] public object B() => 123;
                    [View("/")] public object C() => ("ok", new System.Collections.Generic.Dictionary<string, string>(), 200);
                }
            }
            """;
        var compilation = TestCompilation.Create(new[] { source }, TestReferences.Framework);
        Assert.Empty(TestCompilation.Errors(compilation));
        Assert.Empty(await TestCompilation.AnalyzeAsync(compilation, Verify.AllAnalyzers));
    }

    [Theory]
    [InlineData("[System.CodeDom.Compiler.GeneratedCode(\"tool\", \"1.0\")]", 0)]
    [InlineData("", 3)]
    public async Task CodeMarkedGeneratedIsNotAnalysed(string attribute, int expected)
    {
        // The analyzers ask the driver to skip generated code rather than to filter what they report there.
        var source = "using ReturnShape; " + attribute + """
             public class Views
            {
                [View("/")] public object? A() => null;
                [View("/")] public object B() => 123;
                [View("/")] public object C() => ("ok", new System.Collections.Generic.Dictionary<string, string>(), 200);
            }
            """;
        var compilation = TestCompilation.Create(new[] { source });
        Assert.Empty(TestCompilation.Errors(compilation));
        Assert.Equal(expected, (await TestCompilation.AnalyzeAsync(compilation, Verify.AllAnalyzers)).Length);
    }
}
