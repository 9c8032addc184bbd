using System.Globalization;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Analyzers;
using ReturnShape.Analyzers.Views;
using ReturnShape.Bench.CodeFixes;
using ReturnShape.CodeFixes;

// Fix All (document scope) on one generated file with N violations of a rule, per rule; the
// median of R runs after a warm-up. Usage: dotnet run -c Release --project bench/CodeFixes [-- N [R]]
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;

var cases = new (string Rule, DiagnosticAnalyzer Analyzer, CodeFixProvider Provider, string Key, Func<int, string> View)[]
{
    ("VRS0001 null", new ViewReturnAnalyzer(), new NullValueCodeFixProvider(), NullValueCodeFixProvider.EquivalenceKey, _ => "null"),
    ("VRS0002 number", new ViewReturnAnalyzer(), new BareNumberCodeFixProvider(), BareNumberCodeFixProvider.AsStatusEquivalenceKey, i => (200 + i % 300).ToString(CultureInfo.InvariantCulture)),
    ("VRS0003 object", new ViewReturnAnalyzer(), new UnsupportedTypeCodeFixProvider(), UnsupportedTypeCodeFixProvider.JsonEquivalenceKey, i => "new Person { Name = \"p" + i + "\" }"),
    ("VRS0005 tuple", new ViewReturnAnalyzer(), new MisorderedTupleCodeFixProvider(), MisorderedTupleCodeFixProvider.MakeResponseEquivalenceKey, i => "(404, \"missing " + i + "\")"),
    ("VRS0009 cookie", new ViewReturnAnalyzer(), new SetCookieHeaderCodeFixProvider(), SetCookieHeaderCodeFixProvider.EquivalenceKey,
        i => "(\"ok\", 200, new Dictionary<string, string> { { \"Set-Cookie\", \"id=" + i + "; Path=/; HttpOnly\" } })"),
};

Console.WriteLine($"Fix All in document scope, {count} violations in one file, median of {runs} runs");
Console.WriteLine($"{"rule",-16} {"diagnostics (s)",16} {"fix all (s)",12}");
foreach (var (rule, analyzer, provider, key, view) in cases)
{
    var timer = new FixAllTimer(analyzer, provider, key);
    await timer.RunAsync(ViolationFile.Generate(view, 50));
    var source = ViolationFile.Generate(view, count);
    var results = new List<(TimeSpan Diagnostics, TimeSpan Fix, int Fixed)>();
    for (var run = 0; run < runs; run++)
    {
        results.Add(await timer.RunAsync(source));
    }

    if (results.Any(r => r.Fixed != count))
    {
        throw new InvalidOperationException(rule + ": expected " + count + " diagnostics, found " + results[0].Fixed + ".");
    }

    var diagnostics = results.Select(r => r.Diagnostics.TotalSeconds).Order().ElementAt(runs / 2);
    var fix = results.Select(r => r.Fix.TotalSeconds).Order().ElementAt(runs / 2);
    Console.WriteLine($"{rule,-16} {diagnostics,16:F2} {fix,12:F2}");
}
