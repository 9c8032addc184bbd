// The ReturnShape analyzers over a project written by bench/Generator, in process: each analyzer's
// time as the driver reports it, and what the analysis allocates and pauses for garbage collection,
// beside a baseline analyzer with an empty operation-block action, which costs the driver's own
// work (binding every body for the semantic model) and nothing else.
//
//   dotnet run -c Release --project bench/AnalyzerProfile -- /tmp/returnshape-bench/views-10000 [baseline]
//
// One thread, so that a profiler sees one stack:
//   dotnet-trace collect -- dotnet bench/AnalyzerProfile/bin/Release/net10.0/ReturnShape.Bench.AnalyzerProfile.dll <dir>
using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Bench.AnalyzerProfile;
using ReturnShape.Testing;

if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: AnalyzerProfile <generated project directory> [baseline]");
    return 2;
}

var baseline = args.Length > 1 && args[1] == "baseline";
var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
var trees = Directory.GetFiles(args[0], "*.cs")
    .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path))
    .Append(CSharpSyntaxTree.ParseText("global using System; global using System.Collections.Generic; global using System.Linq; global using System.Threading.Tasks;", parseOptions))
    .ToList();
var compilation = CSharpCompilation.Create(
    "Views",
    trees,
    TestReferences.Default,
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

// csc binds every body for emit before the analyzers finish; do the same so the figures compare.
var bind = Stopwatch.StartNew();
var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
Console.WriteLine($"{trees.Count} files, compiled in {bind.ElapsedMilliseconds} ms, {errors} errors");

var analyzers = baseline
    ? ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyBlockAnalyzer())
    : typeof(ReturnShape.Analyzers.Views.ViewReturnAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.IsDefined(typeof(DiagnosticAnalyzerAttribute), inherit: false))
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

var allocated = GC.GetTotalAllocatedBytes(precise: true);
var paused = GC.GetTotalPauseDuration();
var collections = GC.CollectionCount(0);
var wall = Stopwatch.StartNew();
var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
var result = await compilation.WithAnalyzers(analyzers, options).GetAnalysisResultAsync(CancellationToken.None);
wall.Stop();

var charged = result.AnalyzerTelemetryInfo.Values.Sum(t => t.ExecutionTime.TotalMilliseconds);
Console.WriteLine($"analysis: {wall.ElapsedMilliseconds} ms wall, {charged:F0} ms charged to the analyzers, {result.GetAllDiagnostics().Length} diagnostics");
Console.WriteLine($"          {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / (1 << 20)} MB allocated, {GC.CollectionCount(0) - collections} collections, {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms paused");
foreach (var (analyzer, telemetry) in result.AnalyzerTelemetryInfo.OrderByDescending(t => t.Value.ExecutionTime))
{
    Console.WriteLine($"  {telemetry.ExecutionTime.TotalMilliseconds,8:F0} ms  {analyzer.GetType().Name}");
}

return 0;
