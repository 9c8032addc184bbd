using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ReturnShape.Testing;

/// <summary>Builds the one-project solution a test runs in, over an <see cref="AdhocWorkspace"/>.</summary>
public static class TestProject
{
    public const string ProjectName = "TestProject";

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static CSharpCompilationOptions CompilationOptions { get; } =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true);

    /// <summary>File names as Microsoft's testing library gives them: /0/Test0.cs, /0/Test1.cs…</summary>
    public static string FileName(int index) => "/0/Test" + index + ".cs";

    /// <param name="referenceReturnShape">False to compile against the framework alone, as a project that does not use ReturnShape.</param>
    public static Project Create(IReadOnlyList<string> sources, IEnumerable<MetadataReference>? additionalReferences = null, bool referenceReturnShape = true)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId(ProjectName);
        var references = (referenceReturnShape ? TestReferences.Default : TestReferences.Framework)
            .AddRange(additionalReferences ?? Enumerable.Empty<MetadataReference>());
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            ProjectName,
            ProjectName,
            LanguageNames.CSharp,
            compilationOptions: CompilationOptions,
            parseOptions: ParseOptions,
            metadataReferences: references));
        for (var i = 0; i < sources.Count; i++)
        {
            var name = FileName(i);
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId, name), name, SourceText.From(sources[i]), filePath: name);
        }

        return solution.GetProject(projectId)!;
    }

    /// <summary>The compiler's errors for the project; a test source that does not compile is a broken test.</summary>
    public static async Task<ImmutableArray<Diagnostic>> GetCompilerErrorsAsync(Project project)
    {
        var compilation = await project.GetCompilationAsync().ConfigureAwait(false)
            ?? throw new InvalidOperationException("The project has no compilation.");
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
    }
}
