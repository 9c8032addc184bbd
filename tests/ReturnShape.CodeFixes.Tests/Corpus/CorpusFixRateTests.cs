using System.Text;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace ReturnShape.CodeFixes.Tests.Corpus;

/// <summary>
/// Code as people write it (one file per kind of mistake, under Corpus/Views and Corpus/MinimalApi),
/// fixed by one format-like pass: the share of the fixable rules' diagnostics that are gone, with no
/// compile error and no new diagnostic. Corpus/NoFix holds diagnostics no fix can be right for: they
/// stay, and the file is left as it was.
/// </summary>
public class CorpusFixRateTests
{
    private const double Target = 0.95;

    private readonly ITestOutputHelper output;

    public CorpusFixRateTests(ITestOutputHelper output) => this.output = output;

    private static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    private static IEnumerable<(string Name, string Text)> Files(string folder) =>
        Directory.EnumerateFiles(Path.Combine(CorpusDirectory, folder), "*.cs")
            .Order(StringComparer.Ordinal)
            .Select(path => (folder + "/" + Path.GetFileName(path), File.ReadAllText(path).ReplaceLineEndings("\n")));

    [Fact]
    public async Task One_format_pass_fixes_the_corpus_and_leaves_it_compiling()
    {
        var fixable = FormatLikeRunner.FixableIds.ToHashSet();
        var project = FormatLikeRunner.CreateProject(Files("Views").Concat(Files("MinimalApi")));
        Assert.Empty(await FormatLikeRunner.ErrorsAsync(project));
        var before = (await FormatLikeRunner.DiagnosticsAsync(project)).Where(d => fixable.Contains(d.Id)).ToList();

        var fixedProject = await FormatLikeRunner.FixAsync(project);
        await WriteFixedAsync(fixedProject);
        var errors = await FormatLikeRunner.ErrorsAsync(fixedProject);
        var after = (await FormatLikeRunner.DiagnosticsAsync(fixedProject)).Where(d => d.Id.StartsWith("VRS", StringComparison.Ordinal)).ToList();

        var report = new StringBuilder();
        var totalBefore = 0;
        var totalFixed = 0;
        foreach (var file in before.Concat(after).Select(FileOf).Distinct().Order(StringComparer.Ordinal))
        {
            var had = before.Count(d => FileOf(d) == file);
            var left = after.Where(d => FileOf(d) == file).ToList();
            var fixedHere = Math.Max(0, had - left.Count);
            totalBefore += had;
            totalFixed += fixedHere;
            report.AppendLine($"  {file}: {fixedHere} of {had} fixed" + (left.Count > 0 ? "; left: " + string.Join(", ", left.Select(Describe)) : string.Empty));
        }

        // Counted over the whole corpus, as the dotnet format test counts: a diagnostic left behind counts against the rate wherever it is.
        totalFixed = totalBefore - after.Count;
        var rate = totalBefore == 0 ? 0 : (double)totalFixed / totalBefore;
        output.WriteLine($"Corpus fix rate: {totalFixed} of {totalBefore} diagnostics of fixable rules fixed ({rate:P1}); compile errors after: {errors.Length}; diagnostics after: {after.Count}");
        output.WriteLine(report.ToString());
        Console.WriteLine($"Corpus fix rate: {totalFixed} of {totalBefore} ({rate:P1}), compile errors after {errors.Length}, diagnostics after {after.Count}");

        Assert.True(errors.IsEmpty, "The fixed corpus does not compile:\n" + string.Join("\n", errors.Select(Describe)) + "\n" + await DumpAsync(fixedProject, errors));
        Assert.True(rate >= Target, $"Fixed {rate:P1} of the corpus, below {Target:P0}:\n{report}");
    }

    [Fact]
    public async Task Where_no_fix_can_be_right_none_is_made()
    {
        var files = Files("NoFix").ToList();
        var project = FormatLikeRunner.CreateProject(files);
        Assert.Empty(await FormatLikeRunner.ErrorsAsync(project));
        var before = await FormatLikeRunner.DiagnosticsAsync(project);
        Assert.NotEmpty(before);

        var fixedProject = await FormatLikeRunner.FixAsync(project);
        foreach (var document in fixedProject.Documents)
        {
            var original = files.Single(f => f.Name == document.Name).Text;
            Assert.Equal(original, (await document.GetTextAsync()).ToString());
        }
    }

    /// <summary>With RETURNSHAPE_CORPUS_OUT set, the fixed files are written there, to be read.</summary>
    private static async Task WriteFixedAsync(Project project)
    {
        if (Environment.GetEnvironmentVariable("RETURNSHAPE_CORPUS_OUT") is not { Length: > 0 } directory)
        {
            return;
        }

        foreach (var document in project.Documents)
        {
            var path = Path.Combine(directory, document.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, (await document.GetTextAsync()).ToString());
        }
    }

    private static string FileOf(Diagnostic diagnostic) => Path.GetRelativePath("/corpus", diagnostic.Location.SourceTree?.FilePath ?? "?");

    private static string Describe(Diagnostic diagnostic) =>
        diagnostic.Id + " at " + (diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1) + " (" + diagnostic.Location.SourceTree?.GetText().ToString(diagnostic.Location.SourceSpan) + ")";

    private static async Task<string> DumpAsync(Project project, IEnumerable<Diagnostic> errors)
    {
        var files = errors.Select(e => e.Location.SourceTree?.FilePath).Distinct();
        var dump = new StringBuilder();
        foreach (var document in project.Documents.Where(d => files.Contains(d.FilePath)))
        {
            dump.AppendLine("// " + document.Name).AppendLine((await document.GetTextAsync()).ToString());
        }

        return dump.ToString();
    }
}
