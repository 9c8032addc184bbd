using System.Globalization;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.Analyzers.Views;
using ReturnShape.Bench.CodeFixes;
using ReturnShape.CodeFixes;
using ReturnShape.CodeFixes.MinimalApi;

// Fix All (document scope) on one generated file with N violations of a rule, per rule and fix
// kind; the median of R runs after a warm-up. Usage: dotnet run -c Release --project bench/CodeFixes [-- N [R [filter]]]
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var filter = args.Length > 2 ? args[2] : string.Empty;

var views = new ViewReturnAnalyzer();
var api = new MinimalApiAnalyzer();
static string N(int i) => i.ToString(CultureInfo.InvariantCulture);

// Api: a minimal-API source. Using: whether the fix calls into Responses, adding its using once.
var cases = new (string Rule, DiagnosticAnalyzer Analyzer, CodeFixProvider Provider, string Key, bool Api, bool Using, Func<int, string> Source)[]
{
    ("VRS0001 null", views, new NullValueCodeFixProvider(), NullValueCodeFixProvider.EquivalenceKey, false, true, i => "null"),
    ("VRS0001 void view", views, new NullValueCodeFixProvider(), NullValueCodeFixProvider.EquivalenceKey, false, true,
        i => "    [View(\"/v" + i + "\")] public void V" + i + "() { }\n"),
    ("VRS0002 number", views, new BareNumberCodeFixProvider(), BareNumberCodeFixProvider.AsStatusEquivalenceKey, false, true, i => N(200 + i % 300)),
    ("VRS0002 int view", views, new BareNumberCodeFixProvider(), BareNumberCodeFixProvider.AsStatusEquivalenceKey, false, true,
        i => "    [View(\"/v" + i + "\")] public int V" + i + "() => " + N(200 + i % 300) + ";\n"),
    ("VRS0003 object", views, new UnsupportedTypeCodeFixProvider(), UnsupportedTypeCodeFixProvider.JsonEquivalenceKey, false, true, i => "new Person { Name = \"p" + i + "\" }"),
    ("VRS0003 unawaited", views, new UnsupportedTypeCodeFixProvider(), UnsupportedTypeCodeFixProvider.AwaitEquivalenceKey, false, false,
        i => "    [View(\"/v" + i + "\")] public object V" + i + "() => Task.FromResult<object>(\"ok " + i + "\");\n"),
    ("VRS0003 local read first", views, new UnsupportedTypeCodeFixProvider(), UnsupportedTypeCodeFixProvider.JsonEquivalenceKey, false, true,
        i => "    [View(\"/v" + i + "\")] public object V" + i + "() { var p = new Person { Name = \"p" + i + "\" }; if (p.Name.Length == 0) { return \"none\"; } return p; }\n"),
    ("VRS0005 tuple", views, new MisorderedTupleCodeFixProvider(), MisorderedTupleCodeFixProvider.MakeResponseEquivalenceKey, false, true, i => "(404, \"missing " + i + "\")"),
    ("VRS0005 tuple view", views, new MisorderedTupleCodeFixProvider(), MisorderedTupleCodeFixProvider.MakeResponseEquivalenceKey, false, true,
        i => "    [View(\"/v" + i + "\")] public (int, string) V" + i + "() => (404, \"missing " + i + "\");\n"),
    ("VRS0005 local", views, new MisorderedTupleCodeFixProvider(), MisorderedTupleCodeFixProvider.MakeResponseEquivalenceKey, false, true,
        i => "    [View(\"/v" + i + "\")] public object V" + i + "() { var r = (404, \"missing " + i + "\"); return r; }\n"),
    ("VRS0005 helper", views, new MisorderedTupleCodeFixProvider(), MisorderedTupleCodeFixProvider.MakeResponseEquivalenceKey, false, true,
        i => "    private static (int, string) H" + i + "() => (404, \"missing " + i + "\");\n    [View(\"/v" + i + "\")] public object V" + i + "() => H" + i + "();\n"),
    ("VRS0005 Tuple", views, new MisorderedTupleCodeFixProvider(), MisorderedTupleCodeFixProvider.MakeResponseEquivalenceKey, false, true, i => "Tuple.Create(404, \"missing " + i + "\")"),
    ("VRS0006 body", views, new TupleBodyCodeFixProvider(), TupleBodyCodeFixProvider.EmptyBodyEquivalenceKey, false, false, i => "((string?)null, " + N(400 + i % 100) + ")"),
    ("VRS0009 cookie", views, new SetCookieHeaderCodeFixProvider(), SetCookieHeaderCodeFixProvider.EquivalenceKey, false, true,
        i => "(\"ok\", 200, new Dictionary<string, string> { { \"Set-Cookie\", \"id=" + i + "; Path=/; HttpOnly\" } })"),
    ("VRS0009 cookie local", views, new SetCookieHeaderCodeFixProvider(), SetCookieHeaderCodeFixProvider.EquivalenceKey, false, true,
        i => "    [View(\"/v" + i + "\")] public object V" + i + "() { var h = new Dictionary<string, string> { [\"Set-Cookie\"] = \"id=" + i + "; Path=/\" }; return (\"ok\", 200, h); }\n"),
    ("VRS0010 json text", views, new JsonAsTextCodeFixProvider(), JsonAsTextCodeFixProvider.JsonEquivalenceKey, false, true, i => "JsonSerializer.Serialize(new Person { Name = \"p" + i + "\" })"),
    ("VRS0011 twice", views, new JsonEncodedTwiceCodeFixProvider(), JsonEncodedTwiceCodeFixProvider.EquivalenceKey, false, false,
        i => "Responses.Json(JsonSerializer.Serialize(new Person { Name = \"p" + i + "\" }))"),
    ("VRS0012 bodiless", views, new BodilessStatusCodeFixProvider(), BodilessStatusCodeFixProvider.EquivalenceKey, false, false, i => "(\"done " + i + "\", 204)"),
    ("VRS0013 redirect", views, new RedirectWithoutLocationCodeFixProvider(), RedirectWithoutLocationCodeFixProvider.EquivalenceKey, false, true, i => "(\"/login/" + i + "\", 302)"),
    ("VRS0101 tuple", api, new TupleReturnCodeFixProvider(), TupleReturnCodeFixProvider.ResultsKey, true, false, i => "app.MapGet(\"/v" + i + "\", () => (\"missing " + i + "\", 404));"),
    ("VRS0101 local", api, new TupleReturnCodeFixProvider(), TupleReturnCodeFixProvider.ResultsKey, true, false,
        i => "app.MapGet(\"/v" + i + "\", () => { var r = (\"missing " + i + "\", 404); return r; });"),
    ("VRS0101 declared", api, new TupleReturnCodeFixProvider(), TupleReturnCodeFixProvider.ResultsKey, true, false,
        i => "app.MapGet(\"/v" + i + "\", H" + i + "); (string, int) H" + i + "() => (\"missing " + i + "\", 404);"),
    ("VRS0102 json text", api, new JsonAsPlainTextCodeFixProvider(), JsonAsPlainTextCodeFixProvider.Key, true, false,
        i => "app.MapGet(\"/v" + i + "\", () => Results.Text(JsonSerializer.Serialize(new Person { Name = \"p" + i + "\" })));"),
    ("VRS0103 null", api, new NullReturnCodeFixProvider(), NullReturnCodeFixProvider.NotFoundKey, true, false, i => "app.MapGet(\"/v" + i + "\", object? () => null);"),
    ("VRS0105 bodiless", api, new BodilessStatusResultCodeFixProvider(), BodilessStatusResultCodeFixProvider.Key, true, false,
        i => "app.MapGet(\"/v" + i + "\", () => Results.Text(\"done " + i + "\", statusCode: 204));"),
    ("VRS0106 redirect", api, new RedirectResultCodeFixProvider(), RedirectResultCodeFixProvider.Key, true, false,
        i => "app.MapGet(\"/v" + i + "\", () => Results.Text(\"/login/" + i + "\", statusCode: 302));"),
    ("VRS0107 cookie", api, new SetCookieOverwriteCodeFixProvider(), SetCookieOverwriteCodeFixProvider.Key, true, false,
        i => "app.MapGet(\"/v" + i + "\", (HttpResponse r) => { r.Cookies.Append(\"a\", \"" + i + "\"); r.Headers[\"Set-Cookie\"] = \"b=" + i + "\"; return \"ok\"; });"),
    ("VRS0108 twice", api, new ResultJsonEncodedTwiceCodeFixProvider(), ResultJsonEncodedTwiceCodeFixProvider.Key, true, false,
        i => "app.MapGet(\"/v" + i + "\", () => Results.Ok(JsonSerializer.Serialize(new Person { Name = \"p" + i + "\" })));"),
};

Console.WriteLine($"Fix All in document scope, {count} violations in one file, median of {runs} runs");
Console.WriteLine($"{"rule",-20} {"diagnostics (s)",16} {"fix all (s)",12}");
foreach (var (rule, analyzer, provider, key, isApi, addsUsing, source) in cases.Where(c => c.Rule.Contains(filter, StringComparison.Ordinal)))
{
    var isMember = !isApi && source(0).StartsWith("    ", StringComparison.Ordinal);
    string Generate(int n) => isApi ? ViolationFile.Api(source, n) : isMember ? ViolationFile.Members(source, n) : ViolationFile.Views(source, n);

    var timer = new FixAllTimer(analyzer, provider, key, isApi, addsUsing ? 1 : 0);
    await timer.RunAsync(Generate(50));
    var file = Generate(count);
    var results = new List<(TimeSpan Diagnostics, TimeSpan Fix, int Fixed)>();
    for (var run = 0; run < runs; run++)
    {
        results.Add(await timer.RunAsync(file));
    }

    if (results.Any(r => r.Fixed != count))
    {
        throw new InvalidOperationException(rule + ": expected " + count + " diagnostics, found " + results[0].Fixed + ".");
    }

    var diagnostics = results.Select(r => r.Diagnostics.TotalSeconds).Order().ElementAt(runs / 2);
    var fix = results.Select(r => r.Fix.TotalSeconds).Order().ElementAt(runs / 2);
    Console.WriteLine($"{rule,-20} {diagnostics,16:F2} {fix,12:F2}");
}
