using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ReturnShape.Testing;

/// <summary>
/// A code-fix test: the analyzer test of <see cref="CSharpAnalyzerTest{TAnalyzer}"/>, then the fix
/// applied one diagnostic at a time until none is left (with an iteration cap, so a fix that never
/// converges fails instead of hanging), the result compared with <see cref="FixedCode"/>, compiled
/// (no errors) and analysed again (only the diagnostics marked in the fixed code); then Fix All in
/// document, project and solution scope through the provider's FixAllProvider, each compared with
/// <see cref="BatchFixedCode"/> (or the fixed code).
/// </summary>
public class CSharpCodeFixTest<TAnalyzer, TCodeFix> : CSharpAnalyzerTest<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>The expected first fixed file, in markup (shorthand for <c>FixedState.Sources[0]</c>).</summary>
    public string? FixedCode { get; set; }

    /// <summary>The expected fixed files and the diagnostics still expected in them.</summary>
    public SolutionState FixedState { get; } = new();

    /// <summary>The expected result of Fix All, when it differs from fixing one diagnostic at a time.</summary>
    public string? BatchFixedCode { get; set; }

    /// <summary>Which registered action to apply: by equivalence key, else by index, else the first.</summary>
    public string? CodeActionEquivalenceKey { get; set; }

    public int? CodeActionIndex { get; set; }

    /// <summary>The most fixes one-at-a-time may apply; default: the number of fixable diagnostics, plus one.</summary>
    public int? NumberOfIncrementalIterations { get; set; }

    /// <summary>The most Fix All rounds per scope; default: the number of fixable diagnostics, plus one.</summary>
    public int? NumberOfFixAllIterations { get; set; }

    public CodeFixTestBehaviors CodeFixTestBehaviors { get; set; }

    public override async Task RunAsync(CancellationToken cancellationToken = default)
    {
        await base.RunAsync(cancellationToken).ConfigureAwait(false);

        var analyzers = GetAnalyzers();
        var supported = DiagnosticVerifier.Supported(analyzers);
        var provider = new TCodeFix();
        var (sources, _) = DiagnosticVerifier.Prepare(MarkupSources(), ExpectedDiagnostics, supported);
        var (fixedSources, fixedExpected) = DiagnosticVerifier.Prepare(FixedMarkupSources(), FixedState.ExpectedDiagnostics, supported);
        var original = CreateProject(sources);
        var fixableCount = (await FixableDiagnosticsAsync(original, analyzers, provider, cancellationToken).ConfigureAwait(false)).Length;

        var incremental = await FixOneAtATimeAsync(original, analyzers, provider, NumberOfIncrementalIterations ?? fixableCount + 1, cancellationToken).ConfigureAwait(false);
        await VerifyFixedAsync(incremental, fixedSources, fixedExpected, analyzers, "fixing one diagnostic at a time", cancellationToken).ConfigureAwait(false);

        var fixAll = provider.GetFixAllProvider();
        if (fixAll is null)
        {
            return;
        }

        var batchSources = BatchFixedCode is null
            ? fixedSources
            : DiagnosticVerifier.Prepare(new[] { BatchFixedCode }.Concat(FixedState.Sources).ToList(), FixedState.ExpectedDiagnostics, supported).Sources;
        var cap = NumberOfFixAllIterations ?? fixableCount + 1;
        foreach (var (scope, skip) in new[]
                 {
                     (FixAllScope.Document, CodeFixTestBehaviors.SkipFixAllInDocumentCheck),
                     (FixAllScope.Project, CodeFixTestBehaviors.SkipFixAllInProjectCheck),
                     (FixAllScope.Solution, CodeFixTestBehaviors.SkipFixAllInSolutionCheck),
                 })
        {
            if (CodeFixTestBehaviors.HasFlag(skip) || !fixAll.GetSupportedFixAllScopes().Contains(scope))
            {
                continue;
            }

            var fixedProject = await FixAllAsync(original, analyzers, provider, fixAll, scope, cap, cancellationToken).ConfigureAwait(false);
            await VerifyFixedAsync(fixedProject, batchSources, fixedExpected, analyzers, "Fix All in " + scope, cancellationToken).ConfigureAwait(false);
        }
    }

    private IReadOnlyList<string> FixedMarkupSources()
    {
        var sources = new List<string>();
        if (FixedCode is not null)
        {
            sources.Add(FixedCode);
        }

        sources.AddRange(FixedState.Sources);
        if (sources.Count == 0)
        {
            Assert.Fail("The code-fix test has no FixedCode.");
        }

        return sources;
    }

    private async Task<Project> FixOneAtATimeAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, CodeFixProvider provider, int cap, CancellationToken cancellationToken)
    {
        for (var iteration = 0; ; iteration++)
        {
            var next = await FirstFixAsync(project, analyzers, provider, cancellationToken).ConfigureAwait(false);
            if (next is null)
            {
                return project;
            }

            if (iteration >= cap)
            {
                Assert.Fail("The fix did not converge: diagnostics were still fixable after " + cap + " fixes (last: "
                    + DiagnosticVerifier.Format(next.Value.Diagnostic) + ").");
            }

            project = await ApplyAsync(project, next.Value.Action, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Project> FixAllAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, CodeFixProvider provider, FixAllProvider fixAll,
        FixAllScope scope, int cap, CancellationToken cancellationToken)
    {
        for (var iteration = 0; ; iteration++)
        {
            var next = await FirstFixAsync(project, analyzers, provider, cancellationToken).ConfigureAwait(false);
            if (next is null)
            {
                return project;
            }

            if (iteration >= cap)
            {
                Assert.Fail("Fix All in " + scope + " did not converge after " + cap + " rounds (last: " + DiagnosticVerifier.Format(next.Value.Diagnostic) + ").");
            }

            var (diagnostic, action) = next.Value;
            var document = project.GetDocument(diagnostic.Location.SourceTree)
                ?? throw new InvalidOperationException("The diagnostic is not in a document of the project.");
            var context = new FixAllContext(document, provider, scope, action.EquivalenceKey, provider.FixableDiagnosticIds,
                new TestDiagnosticProvider(analyzers), cancellationToken);
            var fix = await fixAll.GetFixAsync(context).ConfigureAwait(false);
            if (fix is null)
            {
                Assert.Fail("Fix All in " + scope + " offered no fix for " + DiagnosticVerifier.Format(diagnostic) + ".");
            }

            project = await ApplyAsync(project, fix!, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The first fixable diagnostic that the provider offers the chosen action for, or null.</summary>
    private async Task<(Diagnostic Diagnostic, CodeAction Action)?> FirstFixAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers,
        CodeFixProvider provider, CancellationToken cancellationToken)
    {
        foreach (var diagnostic in await FixableDiagnosticsAsync(project, analyzers, provider, cancellationToken).ConfigureAwait(false))
        {
            var document = project.GetDocument(diagnostic.Location.SourceTree);
            if (document is null)
            {
                continue;
            }

            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
            await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
            var chosen = Choose(actions);
            if (chosen is not null)
            {
                return (diagnostic, chosen);
            }
        }

        return null;
    }

    private CodeAction? Choose(List<CodeAction> actions)
    {
        if (CodeActionEquivalenceKey is not null)
        {
            return actions.FirstOrDefault(a => a.EquivalenceKey == CodeActionEquivalenceKey);
        }

        var index = CodeActionIndex ?? 0;
        return index < actions.Count ? actions[index] : null;
    }

    private static async Task<ImmutableArray<Diagnostic>> FixableDiagnosticsAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers,
        CodeFixProvider provider, CancellationToken cancellationToken)
    {
        var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(project, analyzers, cancellationToken).ConfigureAwait(false);
        return diagnostics.Where(d => d.Location.IsInSource && provider.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
    }

    private static async Task<Project> ApplyAsync(Project project, CodeAction action, CancellationToken cancellationToken)
    {
        var operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        var apply = operations.OfType<ApplyChangesOperation>().SingleOrDefault();
        if (apply is null)
        {
            Assert.Fail("The code action '" + action.Title + "' changes no solution.");
        }

        return apply!.ChangedSolution.GetProject(project.Id)
            ?? throw new InvalidOperationException("The code action removed the project.");
    }

    private static async Task VerifyFixedAsync(Project project, IReadOnlyList<string> expectedSources, IReadOnlyList<DiagnosticResult> expectedDiagnostics,
        ImmutableArray<DiagnosticAnalyzer> analyzers, string pass, CancellationToken cancellationToken)
    {
        var documents = project.Documents.OrderBy(d => d.FilePath, StringComparer.Ordinal).ToList();
        Assert.True(documents.Count == expectedSources.Count, "The fixed project has " + documents.Count + " files; " + expectedSources.Count + " are expected (" + pass + ").");
        for (var i = 0; i < documents.Count; i++)
        {
            var actual = (await documents[i].GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
            TextDiff.AssertEqual(expectedSources[i], actual, documents[i].FilePath + " (" + pass + ")");
        }

        await AssertCompilesAsync(project, "the fixed code, " + pass).ConfigureAwait(false);
        var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(project, analyzers, cancellationToken).ConfigureAwait(false);
        DiagnosticVerifier.AssertMatch(expectedDiagnostics, diagnostics, "the fixed code, " + pass);
    }

    /// <summary>Diagnostics for a FixAllContext, computed by the test's analyzers.</summary>
    private sealed class TestDiagnosticProvider : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<DiagnosticAnalyzer> analyzers;

        public TestDiagnosticProvider(ImmutableArray<DiagnosticAnalyzer> analyzers) => this.analyzers = analyzers;

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await AnalyzerRunner.GetDiagnosticsAsync(project, analyzers, cancellationToken).ConfigureAwait(false);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
            var all = await AnalyzerRunner.GetDiagnosticsAsync(document.Project, analyzers, cancellationToken).ConfigureAwait(false);
            return all.Where(d => d.Location.SourceTree == tree);
        }

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        {
            var all = await AnalyzerRunner.GetDiagnosticsAsync(project, analyzers, cancellationToken).ConfigureAwait(false);
            return all.Where(d => !d.Location.IsInSource);
        }
    }
}
