using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using ReturnShape.Testing;

namespace ReturnShape.Analyzers.Tests.MinimalApi;

/// <summary>
/// The minimal-API rules on source being typed (every prefix of a file full of mistakes), and where
/// ASP.NET Core is absent. The compilations reference the framework without the ReturnShape
/// runtime: these rules need ASP.NET Core only.
/// </summary>
public class RobustnessTests
{
    private static readonly string Mistakes = ApiSource.InConfigure(
        """
        app.MapGet("/t", () => ("Not found", 404));
        app.MapGroup("/g").MapPost("/j", async () => { await Task.Yield(); return JsonSerializer.Serialize(new { a = 1 }); });
        app.MapGet("/n", object? () => null);
        app.MapGet("/s", () => Results.Text(JsonSerializer.Serialize(1), statusCode: 204));
        app.MapGet("/r", () => Results.StatusCode(302));
        app.MapGet("/x", () => Results.StatusCode(1000));
        app.MapGet("/m", Handler);
        app.MapGet("/c", (HttpContext c) => { c.Response.Cookies.Append("a", "1"); c.Response.Headers.SetCookie = "b=2"; return "ok"; });
        """,
        """static (string, int) Handler() => ("ok", 202);""");

    [Fact]
    public async Task NoAnalyzerThrowsOnAnyPrefixOfTheSource()
    {
        var compilation = Compilation(Mistakes, ApiVerify.AspNetCore);
        var full = await AnalyzeAsync(compilation);
        Assert.Equal(new[] { "VRS0101", "VRS0101", "VRS0102", "VRS0102", "VRS0103", "VRS0104", "VRS0105", "VRS0106", "VRS0107" },
            full.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));

        var original = compilation.SyntaxTrees.Single();
        for (var length = ApiSource.Prelude.Length; length < Mistakes.Length; length += 11)
        {
            var truncated = CSharpSyntaxTree.ParseText(Mistakes.Substring(0, length), TestOptions.ParseOptions, path: original.FilePath);
            await AnalyzeAsync(compilation.ReplaceSyntaxTree(original, truncated));
        }
    }

    [Fact]
    public async Task WithoutAspNetCoreNothingIsRegistered()
    {
        var source = "public static class NoWeb { public static (string, int) Get() => (\"x\", 1); }";
        var withoutAspNet = await TelemetryAsync(Compilation(source, ImmutableArray<MetadataReference>.Empty));
        var withAspNet = await TelemetryAsync(Compilation(source, ApiVerify.AspNetCore));
        Assert.All(withoutAspNet, info => Assert.Equal(0, info.OperationActionsCount));
        Assert.All(withAspNet, info => Assert.True(info.OperationActionsCount > 0));
    }

    private static CSharpCompilation Compilation(string source, ImmutableArray<MetadataReference> extra) => CSharpCompilation.Create(
        "Robustness",
        new[] { CSharpSyntaxTree.ParseText(source, TestOptions.ParseOptions, path: TestCompilation.FileName(0)) },
        TestReferences.Framework.AddRange(extra),
        TestOptions.CompilationOptions);

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation)
    {
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, _) => { lock (exceptions) { exceptions.Add(analyzer.GetType().Name + ": " + exception); } },
            concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(ApiVerify.AllAnalyzers, options).GetAnalyzerDiagnosticsAsync();
        Assert.True(exceptions.Count == 0 && !diagnostics.Any(d => d.Id == "AD0001"),
            string.Join(Environment.NewLine, exceptions.Concat(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage()))));
        return diagnostics;
    }

    private static async Task<IEnumerable<AnalyzerTelemetryInfo>> TelemetryAsync(Compilation compilation)
    {
        var withAnalyzers = compilation.WithAnalyzers(ApiVerify.AllAnalyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var infos = new List<AnalyzerTelemetryInfo>();
        foreach (var analyzer in ApiVerify.AllAnalyzers)
        {
            infos.Add(await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None));
        }

        return infos;
    }
}
