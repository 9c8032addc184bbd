using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReturnShape.Analyzers;
using ReturnShape.Testing;

namespace ReturnShape.CodeFixes.Tests.Corpus;

/// <summary>
/// What one `dotnet format analyzers` run does to a project, in process: for each fixable rule in
/// turn, the diagnostics of the solution as it now is, the equivalence key of the first action the
/// fixer offers for the first of them, and that fixer's Fix All at solution scope.
/// </summary>
internal static class FormatLikeRunner
{
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(ViewReturnAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static ImmutableArray<CodeFixProvider> Fixers { get; } = typeof(NullValueCodeFixProvider).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static IEnumerable<string> FixableIds => Fixers.SelectMany(f => f.FixableDiagnosticIds).Distinct().Order(StringComparer.Ordinal);

    public static Project CreateProject(IEnumerable<(string Name, string Text)> files)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId("Corpus");
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId, VersionStamp.Default, "Corpus", "Corpus", LanguageNames.CSharp,
            compilationOptions: TestOptions.CompilationOptions, parseOptions: TestOptions.ParseOptions,
            metadataReferences: TestReferences.Default.AddRange(TestReferences.AspNetCore)));
        foreach (var (name, text) in files)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), name, SourceText.From(text), filePath: "/corpus/" + name);
        }

        return solution.GetProject(projectId)!;
    }

    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project) =>
        await TestCompilation.AnalyzeAsync(project, Analyzers).ConfigureAwait(false);

    public static async Task<ImmutableArray<Diagnostic>> ErrorsAsync(Project project) =>
        TestCompilation.Errors((await project.GetCompilationAsync().ConfigureAwait(false))!);

    /// <summary>The project after one pass over every fixable rule, in id order, as `dotnet format analyzers` runs them.</summary>
    public static async Task<Project> FixAsync(Project project)
    {
        foreach (var id in FixableIds)
        {
            var diagnostics = (await DiagnosticsAsync(project).ConfigureAwait(false)).Where(d => d.Id == id).ToImmutableArray();
            if (diagnostics.IsEmpty)
            {
                continue;
            }

            var fixer = Fixers.Single(f => f.FixableDiagnosticIds.Contains(id));
            var first = diagnostics[0];
            var document = project.GetDocument(first.Location.SourceTree)!;
            var actions = new List<CodeAction>();
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, first, (action, _) => actions.Add(action), CancellationToken.None)).ConfigureAwait(false);
            var key = actions.FirstOrDefault()?.EquivalenceKey;

            var provider = new Provider(project, diagnostics);
            var context = new FixAllContext(document, fixer, FixAllScope.Solution, key, new[] { id }, provider, CancellationToken.None);
            var fix = await fixer.GetFixAllProvider()!.GetFixAsync(context).ConfigureAwait(false);
            if (fix is null)
            {
                continue;
            }

            foreach (var operation in await fix.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false))
            {
                if (operation is ApplyChangesOperation apply)
                {
                    project = apply.ChangedSolution.GetProject(project.Id)!;
                }
            }
        }

        return project;
    }

    private sealed class Provider : FixAllContext.DiagnosticProvider
    {
        private readonly Project project;
        private readonly ImmutableArray<Diagnostic> diagnostics;

        public Provider(Project project, ImmutableArray<Diagnostic> diagnostics)
        {
            this.project = project;
            this.diagnostics = diagnostics;
        }

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(project.Id == this.project.Id ? diagnostics : ImmutableArray<Diagnostic>.Empty);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
            return diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(ImmutableArray<Diagnostic>.Empty);
    }
}
