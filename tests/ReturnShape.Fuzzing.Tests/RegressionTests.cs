namespace ReturnShape.Fuzzing.Tests;

/// <summary>
/// Sources that once hung or threw (the fuzzer's reproductions and the loop audit's cases), and their
/// neighbours: each must be analysed, and every fix of every diagnostic applied, within the limit,
/// without an exception, and without breaking a source that compiled.
/// </summary>
public class RegressionTests
{
    public static TheoryData<string, string, string> Sources => new()
    {
        // ViewCandidates searched the text for a member's empty name, which never advanced (ceb03be).
        { "explicit interface member without a name", Views("interface I { int M(int x); }\nclass C : I\n{\n    int I.([System.Obsolete] int x) => 0;\n}\n"), "Views" },
        { "shrunk by the fuzzer with that fix reverted", "static void I.[", "Views" },
        { "member without a name", Views("class C { int ([System.Obsolete] int x) => 0; }"), "Views" },
        { "using alias without a name", Views("using = ReturnShape.ViewAttribute;\nclass C { [View(\"/\")] static object A() => 1; }"), "Views" },

        // The fuzzer's first find: a local whose initializer is a tuple of itself was expanded again at
        // every read, 7^16 shapes (ShapeBuilder now follows a local once per path and builds at most 1024 shapes).
        { "shrunk: a local of a tuple of itself", "using ReturnShape;\n[View(public object A() { var n = (n, n, n, n, n, n, ; return n", "Views" },
        { "a local of a tuple of itself", InViews("[View(\"/\")] public object A() { var n = (n, n, n, n, n, n, n); return n; }"), "Views" },
        { "a local of itself", InViews("[View(\"/\")] public object A() { var r = r; return r; }"), "Views" },
        { "a local in a tuple of itself", InViews("[View(\"/\")] public object A() { object r = (r, 1); return r; }"), "Views" },
        { "two locals of each other", InViews("[View(\"/\")] public object A() { var a = b; var b = a; return a; }"), "Views" },
        { "a conditional of itself", InViews("[View(\"/\")] public object A(bool b) { object r = b ? r : r; return (r, r, r); }"), "Views" },
        { "two tuples of each other", InViews("[View(\"/\")] public object A() { var a = (b, b, b); var b = (a, a, a); return (a, b); }"), "Views" },
        { "a field of itself", InViews("[View(\"/\")] public object A() => MakeResponse(((object)x, x, x)); static object x = x;"), "Views" },

        // Code that compiles: each local a tuple of the one before, 12^8 shapes (up to the depth limit) if every read is expanded.
        { "a chain of tuples of locals", InViews("[View(\"/\")] public object A() { " + Chain(9) + " return (l9, 200); }"), "Views" },

        // A tuple type of 16^6 elements in a few characters: its elements were classified all the way down (TypeShapes now stops 3 tuples deep).
        { "a tuple type of 16^6 elements", InViews("[View(\"/\")] public object A() => S(S(S(S(S(S(1)))))); static (" + string.Join(", ", Enumerable.Repeat("T", 16)) + ") S<T>(T x) => default;"), "Views" },

        // The long run's finds (bench/fuzz.sh 100000, shrunk): fixes that broke code which compiled.
        // MakeResponse("", (object?)404): the cast to object? was not taken off the status.
        { "shrunk: a status cast to object?", "using ReturnShape;\n{\n}\nclass Views\n{\n[View()] object? A() => (object?)404;\n}\n", "Views" },
        // Reordering or replacing one arm took away the type the other arm's default had from it.
        { "shrunk: a default typed by the other arm", "using ReturnShape;\n{\n}\nclass Views\n{\n    [View()] object Get(bool x) => x ? (default, \"boom\") : (201, \"made\");\n}\n", "Views" },
        // A tuple takes a long status; MakeResponse(body, int, headers) does not.
        { "shrunk: a long status with a Set-Cookie header", "using System.Collections.Generic;\nusing System.Threading.Tasks;\nusing ReturnShape;\n{\n}\nclass Views\n{\n[View()] async Task<object> A() { Task.Yield(); return (\"ok\", 99999999999, new Dictionary<string, string> { { \"Set-Cookie\", \"a=1\" } }); }\n}\n", "Views" },

        // A Response for one arm of ?: in a tuple element: the arms, a Response and a string, have no common type.
        { "shrunk: a JSON arm of ?: beside a string in a tuple", "using ReturnShape;\nclass Views\n{\n[View()] object A(bool b) => (b ? \"[1, 2]\" : \"\", 204);\n}\n", "Views" },

        // The same in a route handler (bench/fuzz.sh 100000 7): Results.Text for one arm left (null, 200) without a type.
        { "shrunk: a null typed by the other arm of a route handler", "using Microsoft.AspNetCore.Builder;\nusing Microsoft.AspNetCore.Routing;\nclass Api\n{\nvoid Configure(IEndpointRouteBuilder app)\n    {\napp.MapGet(\"/{id}\", object (int id) => id == 0 ? (\"none\", 404) : (null, 200));\n    }\n}\n", "Web" },

        // A null on the right of ?? whose left is a string: a Response there would not compile.
        { "shrunk: a null right of ?? beside a string", "using ReturnShape;\nclass Views\n{\n[View()] object A() { string? Find() => null; return Find() ?? (object)null; }\n}\n", "Views" },

        // bench/fuzz.sh 30000 20261202: new Response((object?)json, mimetype: …) took the boxed text, and Response takes a string.
        // bench/fuzz.sh 30000 4242: a helper's tuple element typed by the tuple type, and tuples of four elements in half-typed code.
        { "shrunk: a helper tuple with a target-typed new()", "using System.Collections.Generic;\nusing ReturnShape;\nclass Views\n{\n[View()] object A() => Helper(); (string, Dictionary<string, string>, int) Helper() => (\"ok\", new(), 0);\n}\n", "Views" },
        { "shrunk: a helper of four elements", "using System.Collections.Generic;\nusing ReturnShape[View] A() => Helper(private (, Dictionary<, >, int) Helper() => (, , ,", "Views" },
        { "shrunk: a local tuple of itself, four wide", "using ReturnShape    [View    public object Missing()\n    {\n        (int, string) notFound = (notFound, , ,         return notFound", "Views" },
        { "shrunk: JSON text boxed to object in a tuple", "using ReturnShape;\nclass Views\n{\n    [View()] object? Index() => ((object)\"{\\\"a\\\": 1}\", 200);\n}\n", "Views" },

        // Cycles the compiler breaks (an error base type) but a walk up BaseType or OverriddenMethod must not follow.
        { "a base-type cycle", InViews("[View(\"/\")] public object A() => new X(); public class X : Y { } public class Y : X { }"), "Views" },
        { "a base-type cycle and a Response subclass cycle", InViews("[View(\"/\")] public object A() => (new X(), 200); public class X : Y { } public class Y : X { } public class R : ReturnShape.Response, R { }"), "Views" },
        { "an override cycle", InViews("public class X : Y { [View(\"/\")] public override object A() => null!; } public class Y : X { [View(\"/\")] public override object A() => 1; }"), "Views" },

        // The minimal-API rules read a local once; a local of itself must not matter there either.
        { "minimal API: locals of themselves", Api("app.MapGet(\"/\", () => { var r = r; return r; });\napp.MapGet(\"/t\", () => { var t = (t, 404); return t; });"), "Web" },
        { "minimal API: two locals of each other", Api("app.MapGet(\"/\", () => { var a = b; var b = a; return Results.Text(a); });"), "Web" },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task AnalysesAndFixesWithinTheLimit(string name, string source, string references)
    {
        var unit = new Unit(Enum.Parse<ReferenceSet>(references), Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary, new[] { new UnitDocument("/0/Test0.cs", source, 0) });
        // What these guard against is never returning; a loaded CI machine may be slow, so the limit is generous.
        var outcome = await Runner.CheckAsync(Subject.Product, unit, new CheckOptions { FixCap = int.MaxValue, Limit = TimeSpan.FromSeconds(30) });
        Assert.True(outcome.Failures.Count == 0, name + ": " + string.Join("\n", outcome.Failures.Select(f => f.Signature + ": " + f.Detail)));
    }

    private static string Views(string code) => Preludes.Views + code;

    private static string InViews(string members) => Preludes.Views + Preludes.ViewsClassStart + members + "\n}\n";

    private static string Api(string statements) => Preludes.Api + Preludes.ApiClassStart + statements + "\n    }\n}\n";

    private static string Chain(int length)
    {
        // Typed object, so that the tuple types do not nest (the compiler is slow on deeply nested tuple types).
        var locals = "object l0 = (\"ok\", 200);";
        for (var i = 1; i <= length; i++)
        {
            locals += " object l" + i + " = (" + string.Join(", ", Enumerable.Repeat("l" + (i - 1), 12)) + ");";
        }

        return locals;
    }
}
