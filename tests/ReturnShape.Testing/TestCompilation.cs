using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ReturnShape.Testing;

/// <summary>
/// Compilations analysed without a verifier, for tests that look at many sources at once or at what
/// the analyzers report rather than at exact expectations (robustness, agreement with the runtime).
/// An analyzer exception (AD0001) still fails the test.
/// </summary>
public static class TestCompilation
{
    /// <summary>File names as Microsoft.CodeAnalysis.Testing gives them: /0/Test0.cs, /0/Test1.cs…</summary>
    public static string FileName(int index) => "/0/Test" + index + ".cs";

    public static CSharpCompilation Create(IEnumerable<string> sources, IEnumerable<MetadataReference>? references = null, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary) =>
        CSharpCompilation.Create(
            "TestProject",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, TestOptions.ParseOptions, FileName(i))),
            references ?? TestReferences.Default,
            TestOptions.CompilationOptions.WithOutputKind(outputKind));

    /// <summary>The same sources as a one-project solution, for tests that apply code fixes themselves.</summary>
    public static Project CreateProject(IReadOnlyList<string> sources, IEnumerable<MetadataReference>? references = null)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId("TestProject");
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId, VersionStamp.Default, "TestProject", "TestProject", LanguageNames.CSharp,
            compilationOptions: TestOptions.CompilationOptions, parseOptions: TestOptions.ParseOptions,
            metadataReferences: references ?? TestReferences.Default));
        for (var i = 0; i < sources.Count; i++)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), FileName(i), SourceText.From(sources[i]), filePath: FileName(i));
        }

        return solution.GetProject(projectId)!;
    }

    public static ImmutableArray<Diagnostic> Errors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();

    /// <summary>The analyzers' diagnostics, in file and position order; throws when an analyzer threw.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken = default)
    {
        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        var crashes = diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage()).Concat(exceptions).ToList();
        if (crashes.Count > 0)
        {
            throw new InvalidOperationException("An analyzer threw (AD0001):" + Environment.NewLine + string.Join(Environment.NewLine, crashes));
        }

        return diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken = default) =>
        await AnalyzeAsync((await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!, analyzers, cancellationToken).ConfigureAwait(false);
}
