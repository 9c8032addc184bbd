using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Testing;

namespace ReturnShape.Bench.CodeFixes;

/// <summary>
/// One Fix All in document scope, as an IDE or dotnet format runs it: the diagnostics, the
/// provider's Fix All, the changed document. The diagnostics and the fix are timed apart, and the
/// result is checked (no diagnostic of the rule left, one using added) so a fast wrong fix cannot pass.
/// </summary>
internal sealed class FixAllTimer
{
    private readonly DiagnosticAnalyzer analyzer;
    private readonly CodeFixProvider provider;
    private readonly string equivalenceKey;
    private readonly bool aspNetCore;
    private readonly int expectedUsings;

    /// <param name="aspNetCore">A minimal-API source, compiled against ASP.NET Core.</param>
    /// <param name="expectedUsings">How many <c>using static ReturnShape.Responses;</c> the fixed file has: one when the fix calls into Responses.</param>
    public FixAllTimer(DiagnosticAnalyzer analyzer, CodeFixProvider provider, string equivalenceKey, bool aspNetCore, int expectedUsings)
    {
        this.expectedUsings = expectedUsings;
        this.analyzer = analyzer;
        this.provider = provider;
        this.equivalenceKey = equivalenceKey;
        this.aspNetCore = aspNetCore;
    }

    public async Task<(TimeSpan Diagnostics, TimeSpan Fix, int Fixed)> RunAsync(string source)
    {
        var analyzers = ImmutableArray.Create(analyzer);
        var project = TestCompilation.CreateProject(new[] { source }, aspNetCore ? TestReferences.Default.AddRange(TestReferences.AspNetCore) : null);
        var document = project.Documents.Single();
        await project.GetCompilationAsync();

        var clock = Stopwatch.StartNew();
        var diagnostics = await TestCompilation.AnalyzeAsync(project, analyzers);
        var diagnosticsTime = clock.Elapsed;
        diagnostics = diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
        var first = diagnostics.First();

        clock.Restart();
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, first, (a, _) => actions.Add(a), CancellationToken.None));
        var action = actions.Single(a => a.EquivalenceKey == equivalenceKey);
        var context = new FixAllContext(document, provider, FixAllScope.Document, action.EquivalenceKey, provider.FixableDiagnosticIds,
            new KnownDiagnostics(diagnostics), CancellationToken.None);
        var fix = await provider.GetFixAllProvider()!.GetFixAsync(context) ?? throw new InvalidOperationException("Fix All offered no fix.");
        var operations = await fix.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
        var text = (await changed.GetTextAsync()).ToString();
        var fixTime = clock.Elapsed;

        var left = (await TestCompilation.AnalyzeAsync(changed.Project, analyzers)).Count(d => provider.FixableDiagnosticIds.Contains(d.Id));
        var usings = text.Split('\n').Count(line => line.StartsWith("using static ReturnShape.Responses;", StringComparison.Ordinal));
        var errors = TestCompilation.Errors((await changed.Project.GetCompilationAsync())!);
        if (usings != expectedUsings || left > 0 || errors.Length > 0)
        {
            throw new InvalidOperationException($"Fix All left {left} diagnostics of the rule, {usings} usings (expected {expectedUsings}), {errors.Length} errors: {errors.FirstOrDefault()}");
        }

        return (diagnosticsTime, fixTime, diagnostics.Length);
    }

    private sealed class KnownDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> diagnostics;

        public KnownDiagnostics(ImmutableArray<Diagnostic> diagnostics) => this.diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());
    }
}
