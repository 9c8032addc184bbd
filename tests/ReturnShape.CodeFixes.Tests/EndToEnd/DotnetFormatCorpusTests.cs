using System.Text.RegularExpressions;
using ReturnShape.Analyzers.Views;
using ReturnShape.CodeFixes.Tests.Corpus;
using Xunit.Abstractions;

namespace ReturnShape.CodeFixes.Tests.EndToEnd;

/// <summary>
/// The corpus (Corpus/Views and Corpus/MinimalApi) as a web project, through the real
/// `dotnet format analyzers` once: the share of the fixable rules' diagnostics gone, counted from
/// the builds before and after, with no compile error afterwards. CorpusFixRateTests measures the
/// same in process, file by file; this holds the two to the same figure.
/// </summary>
public sealed class DotnetFormatCorpusTests : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(180);

    private static readonly Regex Reported = new(@"(?<file>[^\s:(]+\.cs)\((?<line>\d+),(?<column>\d+)\): (?:error|warning) (?<id>(?:VRS|CS)\d+)", RegexOptions.Compiled);

    private readonly string directory = Directory.CreateTempSubdirectory("returnshape-corpus-").FullName;
    private readonly ITestOutputHelper output;

    public DotnetFormatCorpusTests(ITestOutputHelper output) => this.output = output;

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temp directory is the OS's to clean.
        }
    }

    [Fact]
    public async Task One_dotnet_format_run_fixes_the_corpus_as_the_in_process_pass_does()
    {
        var project = Path.Combine(directory, "Corpus.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Library</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="ReturnShape" HintPath="{typeof(Responses).Assembly.Location}" />
                <Analyzer Include="{typeof(ViewReturnAnalyzer).Assembly.Location}" />
                <Analyzer Include="{typeof(NullValueCodeFixProvider).Assembly.Location}" />
              </ItemGroup>
            </Project>
            """);
        foreach (var folder in new[] { "Views", "MinimalApi" })
        {
            var target = Directory.CreateDirectory(Path.Combine(directory, folder)).FullName;
            foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", folder), "*.cs"))
            {
                File.WriteAllText(Path.Combine(target, Path.GetFileName(file)), File.ReadAllText(file).ReplaceLineEndings("\n"));
            }
        }

        var fixable = FormatLikeRunner.FixableIds.ToHashSet();
        await RunAsync("restore", project);
        var before = Diagnostics((await RunAsync(allowFailure: true, "build", project, "--no-restore", "--no-incremental", "--disable-build-servers", "-nologo")).Output)
            .Where(d => fixable.Contains(d.Id)).ToList();
        var format = await RunAsync(allowFailure: false, new[] { "format", "analyzers", project, "--no-restore", "--severity", "info", "--diagnostics" }.Concat(fixable).ToArray());
        var afterBuild = await RunAsync(allowFailure: true, "build", project, "--no-restore", "--no-incremental", "--disable-build-servers", "-nologo");
        var after = Diagnostics(afterBuild.Output).ToList();

        var errors = after.Where(d => d.Id.StartsWith("CS", StringComparison.Ordinal)).ToList();
        var left = after.Where(d => d.Id.StartsWith("VRS", StringComparison.Ordinal)).ToList();
        var rate = before.Count == 0 ? 0 : (double)(before.Count - left.Count) / before.Count;
        output.WriteLine($"dotnet format over the corpus: {before.Count - left.Count} of {before.Count} diagnostics of fixable rules fixed ({rate:P1}); left: {string.Join(", ", left)}; compile errors: {errors.Count}");
        Console.WriteLine($"dotnet format over the corpus: {before.Count - left.Count} of {before.Count} fixed ({rate:P1}), compile errors {errors.Count}");

        Assert.True(errors.Count == 0, "The corpus does not compile after dotnet format:\n" + afterBuild.Output + "\n" + format.Output);
        Assert.True(rate >= 0.95, $"dotnet format fixed {rate:P1} of the corpus; left: {string.Join(", ", left)}");
    }

    /// <summary>Each diagnostic once: a build prints it as it is found and again in its summary.</summary>
    private static IEnumerable<(string File, int Line, string Id)> Diagnostics(string buildOutput) =>
        Reported.Matches(buildOutput)
            .Select(m => (Path.GetFileName(m.Groups["file"].Value), int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["id"].Value))
            .Distinct();

    private Task<DotnetCli.Result> RunAsync(params string[] arguments) => RunAsync(allowFailure: false, arguments);

    private async Task<DotnetCli.Result> RunAsync(bool allowFailure, params string[] arguments)
    {
        var result = await DotnetCli.RunAsync(directory, StepTimeout, arguments);
        Assert.True(allowFailure || result.ExitCode == 0, "`dotnet " + string.Join(' ', arguments) + "` exited with " + result.ExitCode + ":\n" + result.Output);
        return result;
    }
}
